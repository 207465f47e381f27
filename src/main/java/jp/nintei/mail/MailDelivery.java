package jp.nintei.mail;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.outbox.OutboxEvent;
import jp.nintei.outbox.OutboxHandler;

/** Outbox handler of topic "mail". */
@Component
class MailDelivery implements OutboxHandler {

    private final MailTransport transport;
    private final ObjectMapper json;

    MailDelivery(MailTransport transport, ObjectMapper json) {
        this.transport = transport;
        this.json = json;
    }

    @Override
    public String topic() {
        return Mailer.TOPIC;
    }

    @Override
    public void deliver(OutboxEvent event) throws Exception {
        transport.send(json.readValue(event.getPayload(), MailMessage.class), event.getIdempotencyKey());
    }
}
