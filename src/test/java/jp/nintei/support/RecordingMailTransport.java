package jp.nintei.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import jp.nintei.mail.MailMessage;
import jp.nintei.mail.MailTransport;

/** Keeps the mails the outbox delivered, instead of sending them, so tests can read them. */
@Component
@Primary
public class RecordingMailTransport implements MailTransport {

    public record Sent(MailMessage message, String key) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(MailMessage message, String messageKey) {
        sent.add(new Sent(message, messageKey));
    }

    public List<Sent> to(String address) {
        return sent.stream().filter(s -> s.message().to().equals(address)).toList();
    }

    public List<Sent> all() {
        return List.copyOf(sent);
    }
}
