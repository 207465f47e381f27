package jp.nintei.primary;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import jp.nintei.security.Roles;
import jp.nintei.security.totp.TwoFactorStartupGuard;

/**
 * Demo: the technical user "ninteisoft" for trying the 認定ソフト bridge API. HTTP Basic is for API
 * clients with long generated secrets only (see security.ApiClientAuthenticationProvider); this
 * one's secret is published in README, so it exists only in the embedded demo.
 */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoBridge {

    static final String ID = "ninteisoft";
    static final String SECRET = "ninteisoft-demo-secret-embedded-demo-only";

    private final IdentityService identity;
    private final Environment environment;

    DemoBridge(IdentityService identity, Environment environment) {
        this.identity = identity;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(121)
    public void load() {
        if (!TwoFactorStartupGuard.isEmbeddedDemo(environment) || identity.createUserQuery().userId(ID).count() > 0) {
            return;
        }
        var user = identity.newUser(ID);
        user.setLastName("認定ソフト連携");
        user.setFirstName("");
        user.setPassword(SECRET);
        identity.saveUser(user);
        identity.createMembership(ID, Roles.groupId(Roles.API_CLIENT));
        identity.createMembership(ID, BridgeAccess.GROUP);
    }
}
