package jp.nintei.mail;

/** Hands a mail to whatever sends it: an SMTP server, or the log when none is configured. */
public interface MailTransport {

    void send(MailMessage message, String messageKey) throws Exception;
}
