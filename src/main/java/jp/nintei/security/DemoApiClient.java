package jp.nintei.security;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import jp.nintei.security.totp.TwoFactorStartupGuard;

/**
 * A machine client for trying the API in the embedded demo (README): HTTP Basic is for API
 * clients only. Its secret is published, so it is created on the embedded H2 demo and nowhere else.
 */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoApiClient {

    static final String ID = "demo-api";
    static final String SECRET = "demo-api-secret-for-the-embedded-demo-only";

    private static final Logger log = LoggerFactory.getLogger(DemoApiClient.class);

    private final IdentityService identity;
    private final Environment environment;

    DemoApiClient(IdentityService identity, Environment environment) {
        this.identity = identity;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(110)
    public void create() {
        if (!TwoFactorStartupGuard.isEmbeddedDemo(environment)) {
            log.info("Demo API client {} not created: not the embedded demo", ID);
            return;
        }
        if (identity.createUserQuery().userId(ID).count() > 0) {
            return;
        }
        var user = identity.newUser(ID);
        user.setFirstName("デモ");
        user.setLastName("APIクライアント");
        user.setPassword(SECRET);
        identity.saveUser(user);
        identity.createMembership(ID, Roles.groupId(Roles.API_CLIENT));
        identity.createMembership(ID, Roles.groupId(Roles.STAFF));
    }
}
