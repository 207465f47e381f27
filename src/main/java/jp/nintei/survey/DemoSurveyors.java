package jp.nintei.survey;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.nintei.security.Roles;

/**
 * Demo: 佐藤 (sato) surveys for さくら市 itself, 伊藤 (ito) for the 指定市町村事務受託法人; a third
 * surveyor (nakamura) works for a care-plan office, so renewals may go to him but new cases may not.
 * After DemoData (users) and DemoOffices.
 */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoSurveyors {

    private final SurveyorRegistry registry;
    private final SurveyorProfileRepository profiles;
    private final IdentityService identity;

    DemoSurveyors(SurveyorRegistry registry, SurveyorProfileRepository profiles,
            IdentityService identity) {
        this.registry = registry;
        this.profiles = profiles;
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(120)
    public void load() {
        ensureUser("nakamura", "中村", "修");
        link("sato", "1399990001");
        link("ito", "1399990002");
        link("nakamura", "1370000011");
    }

    private void link(String userId, String officeNumber) {
        if (profiles.findById(userId).isEmpty()) {
            registry.register(userId, officeNumber, true);
        }
    }

    private void ensureUser(String id, String lastName, String firstName) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        var user = identity.newUser(id);
        user.setLastName(lastName);
        user.setFirstName(firstName);
        user.setEmail(id + "@sakura.example.jp");
        user.setPassword("demo1234");
        identity.saveUser(user);
        identity.createMembership(id, Roles.groupId(Roles.SURVEYOR));
    }
}
