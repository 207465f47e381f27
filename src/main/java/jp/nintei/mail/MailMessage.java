package jp.nintei.mail;

import java.util.Objects;

/** A plain-text mail. Never put personal data of a case in it beyond what the recipient may see. */
public record MailMessage(String to, String subject, String text) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
