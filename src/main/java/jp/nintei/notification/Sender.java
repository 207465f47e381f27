package jp.nintei.notification;

/**
 * The sender block and 教示 of an insurer's letters. {@code configured} is false when the insurer
 * has no letterhead yet and these are defaults derived from its name: the approval task says so.
 */
public record Sender(String issuerName, String department, String postalCode, String address, String phone,
        String documentNumberPrefix, String appealBody, String defendant, String defendantRepresentative,
        boolean configured) {
}
