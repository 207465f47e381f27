package jp.nintei.caremanager;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.time.BusinessClock;

/**
 * Demo logins of the two demo care-plan offices and their notifications, for the embedded
 * default profile only. Runs after the demo persons (order 100) and offices (110); skips what exists.
 */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoCareManagers {

    static final String PASSWORD = "demo1234";
    static final String HIMAWARI = "1370000011";
    static final String AOZORA = "1370000012";

    private static final Logger log = LoggerFactory.getLogger(DemoCareManagers.class);

    private final CareManagerAccounts accounts;
    private final CarePlanNotifications notifications;
    private final InsuredPersonRepository persons;
    private final BusinessClock clock;

    DemoCareManagers(CareManagerAccounts accounts, CarePlanNotifications notifications, InsuredPersonRepository persons,
            BusinessClock clock) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.persons = persons;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(120)
    @Transactional
    public void load() {
        if (!accounts.list(HIMAWARI).isEmpty()) {
            return;
        }
        accounts.create(HIMAWARI, "himawari", "木村 由美（ひまわり居宅）", PASSWORD);
        accounts.create(AOZORA, "aozora", "森 健太（あおぞら）", PASSWORD);
        LocalDate today = clock.today();
        notify(HIMAWARI, "1000000002", today.minusDays(30), null);
        notify(HIMAWARI, "1000000001", today, null);
        notify(HIMAWARI, "1000000004", today.minusDays(10), null);
        var ended = notify(AOZORA, "1000000003", today.minusDays(30), null);
        if (ended != null) {
            notifications.end(ended.getId(), AOZORA, today.minusDays(1), "事業所の変更");
        }
        log.info("Demo care-manager logins: himawari, aozora (password {}) at /care-manager", PASSWORD);
    }

    private CarePlanNotification notify(String office, String insuredNumber, LocalDate start, LocalDate end) {
        return persons.findByInsuredNumber(insuredNumber)
                .map(person -> notifications.file(office, person, start, end))
                .orElse(null);
    }
}
