package jp.nintei.notification;

/** 送付先: whom the letter is addressed to and where it is posted. */
public record Addressee(String name, String postalCode, String address) {
}
