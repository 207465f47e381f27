package jp.nintei.opinion.registry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Medical institutions and physicians of さくら市（架空）, for the embedded default profile only. */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoPhysicians {

    private final PhysicianRegistry registry;

    DemoPhysicians(PhysicianRegistry registry) {
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(120)
    public void load() {
        if (!registry.institutions().isEmpty()) {
            return;
        }
        registry.saveInstitution("1391000011", new InstitutionDetails("さくら中央病院", "100-0001", "さくら市本町2-1-1",
                "03-0000-1111", "03-0000-1112", "iken@sakura-chuo.example.jp", true, true));
        registry.saveInstitution("1391000022", new InstitutionDetails("本町内科クリニック", "100-0002", "さくら市本町4-5-6",
                "03-0000-2221", "03-0000-2222", null, false, true));
        registry.savePhysician("1391000011", "D0001", new PhysicianDetails("主治医 一郎", "しゅじい いちろう", "内科", false, true));
        registry.savePhysician("1391000011", "D0002", new PhysicianDetails("脳外 次郎", "のうげ じろう", "脳神経外科", false, true));
        registry.savePhysician("1391000022", "D0003", new PhysicianDetails("本町 花子", "ほんまち はなこ", "内科", true, true));
    }
}
