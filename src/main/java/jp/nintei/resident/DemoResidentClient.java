package jp.nintei.resident;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A demo portal client with a known secret, for the embedded default profile only. */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoResidentClient {

    static final String CLIENT_ID = "mynaportal-demo";
    static final String SECRET = "demo-resident-secret";

    private static final Logger log = LoggerFactory.getLogger(DemoResidentClient.class);

    private final ResidentClients clients;

    DemoResidentClient(ResidentClients clients) {
        this.clients = clients;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(121)
    public void load() {
        if (clients.all().stream().noneMatch(c -> c.getClientId().equals(CLIENT_ID))) {
            clients.register(CLIENT_ID, "マイナポータル連携（デモ）", SECRET);
            log.info("Demo resident API client: {} / {} at /resident-api/v1", CLIENT_ID, SECRET);
        }
    }
}
