package jp.nintei.office;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo offices of さくら市（架空）, for the embedded default profile only. */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoOffices {

    private final OfficeRegistry registry;

    DemoOffices(OfficeRegistry registry) {
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(110)
    public void load() {
        save("1399990001", "さくら市 介護保険課", OfficeKind.MUNICIPALITY);
        save("1399990002", "一般社団法人さくら認定調査センター", OfficeKind.DESIGNATED_ADMIN_CORPORATION);
        save("1370000011", "ひまわり居宅介護支援事業所", OfficeKind.CARE_PLAN_OFFICE);
        save("1370000012", "あおぞらケアプランセンター", OfficeKind.CARE_PLAN_OFFICE);
        save("1379000021", "さくら市北地域包括支援センター", OfficeKind.COMMUNITY_SUPPORT_CENTER);
        save("1350000031", "特別養護老人ホームさくらの里", OfficeKind.CARE_FACILITY);
    }

    private void save(String number, String name, OfficeKind kind) {
        if (registry.find(number).isEmpty()) {
            registry.save(number, name, kind, "さくら市", null);
        }
    }
}
