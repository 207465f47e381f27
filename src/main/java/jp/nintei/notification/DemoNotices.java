package jp.nintei.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.insured.CertificateRepository;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.insured.InsurerRepository;
import jp.nintei.time.BusinessClock;

/**
 * Demo letterhead of さくら市（架空）, and renewal reminders for the demo certifications that were
 * "migrated" without a case: 佐藤 一郎's is inside the 60-day window, so its 更新申請のお知らせ is
 * drafted as soon as the job executor runs and waits for approval in Tasklist.
 */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoNotices {

    static final String INSURER_NUMBER = "139999";
    static final List<String> CERTIFIED = List.of("1000000002", "1000000003");

    private static final Logger log = LoggerFactory.getLogger(DemoNotices.class);

    private final Letterheads letterheads;
    private final LetterheadRepository letterheadRows;
    private final InsurerRepository insurers;
    private final InsuredPersonRepository persons;
    private final CertificateRepository certificates;
    private final RenewalReminders reminders;
    private final BusinessClock clock;

    DemoNotices(Letterheads letterheads, LetterheadRepository letterheadRows, InsurerRepository insurers,
            InsuredPersonRepository persons, CertificateRepository certificates, RenewalReminders reminders,
            BusinessClock clock) {
        this.letterheads = letterheads;
        this.letterheadRows = letterheadRows;
        this.insurers = insurers;
        this.persons = persons;
        this.certificates = certificates;
        this.reminders = reminders;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(120)
    @Transactional
    public void load() {
        var insurer = insurers.findByInsurerNumber(INSURER_NUMBER);
        if (insurer.isEmpty()) {
            return;
        }
        if (!letterheadRows.existsById(insurer.get().getId())) {
            letterheads.save(INSURER_NUMBER, new LetterheadRequest("さくら市長　桜井 一郎", "健康福祉部 介護保険課 認定係",
                    "999-0001", "さくら市本町1-1 さくら市役所2階", "0299-00-1234", "さ介", "架空県介護保険審査会",
                    "さくら市", "さくら市長"));
        }
        int scheduled = 0;
        for (String number : CERTIFIED) {
            var person = persons.findByInsuredNumber(number);
            var current = person.flatMap(p -> certificates.findCurrent(p, clock.today()));
            if (current.isPresent() && reminders.schedule(current.get().getId())) {
                scheduled++;
            }
        }
        if (scheduled > 0) {
            log.info("Demo renewal reminders scheduled: {}", scheduled);
        }
    }
}
