package jp.nintei.primary;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo: the technical user "ninteisoft" (password demo1234) for trying the 認定ソフト bridge API. */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoBridge {

    private final IdentityService identity;

    DemoBridge(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(121)
    public void load() {
        if (identity.createUserQuery().userId("ninteisoft").count() > 0) {
            return;
        }
        var user = identity.newUser("ninteisoft");
        user.setLastName("認定ソフト連携");
        user.setFirstName("");
        user.setPassword("demo1234");
        identity.saveUser(user);
        identity.createMembership("ninteisoft", BridgeAccess.GROUP);
    }
}
