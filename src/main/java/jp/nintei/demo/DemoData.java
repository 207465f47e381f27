package jp.nintei.demo;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.Certificate;
import jp.nintei.insured.CertificateRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.insured.Insurer;
import jp.nintei.insured.InsurerRepository;
import jp.nintei.insured.Sex;
import jp.nintei.insured.SpecifiedDisease;
import jp.nintei.security.Roles;
import jp.nintei.time.BusinessClock;

/**
 * A fictional municipality, its insured persons and staff accounts, for the embedded default
 * profile only (nintei.demo.enabled). Certificate dates are relative to today so that the
 * renewal and change examples work whenever the demo is started. Runs once: it skips what exists.
 */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoData {

    static final String PASSWORD = "demo1234";
    static final String INSURER_NUMBER = "139999";

    record DemoUser(String id, String lastName, String firstName, String role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("tanaka", "田中", "美咲", Roles.STAFF),
            new DemoUser("kato", "加藤", "隆", Roles.SUPERVISOR),
            new DemoUser("sato", "佐藤", "健一", Roles.SURVEYOR),
            new DemoUser("ito", "伊藤", "直子", Roles.SURVEYOR),
            new DemoUser("yamamoto", "山本", "恵", Roles.BOARD_SECRETARIAT),
            new DemoUser("kansa", "監査", "担当", Roles.AUDITOR),
            new DemoUser("admin", "管理者", "システム", Roles.ADMIN));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final InsurerRepository insurers;
    private final InsuredPersonRepository persons;
    private final CertificateRepository certificates;
    private final BusinessClock clock;

    DemoData(IdentityService identity, InsurerRepository insurers, InsuredPersonRepository persons,
            CertificateRepository certificates, BusinessClock clock) {
        this.identity = identity;
        this.insurers = insurers;
        this.persons = persons;
        this.certificates = certificates;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    @Transactional
    public void load() {
        USERS.forEach(this::ensureUser);
        if (insurers.findByInsurerNumber(INSURER_NUMBER).isPresent()) {
            return;
        }
        Insurer insurer = insurers.save(new Insurer(INSURER_NUMBER, "さくら市（架空）"));
        LocalDate today = clock.today();
        person(insurer, "1000000001", "山田 花子", "ヤマダ ハナコ", "1941-05-10", Sex.FEMALE, "さくら市本町1-2-3", null);
        InsuredPerson renewal = person(insurer, "1000000002", "佐藤 一郎", "サトウ イチロウ", "1944-03-03", Sex.MALE, "さくら市東町4-5", null);
        certify(renewal, CareLevel.CARE_1, today.minusMonths(11).withDayOfMonth(1), renewalDemoValidTo(today));
        InsuredPerson change = person(insurer, "1000000003", "鈴木 良子", "スズキ ヨシコ", "1950-11-20", Sex.FEMALE, "さくら市西町2-8", null);
        certify(change, CareLevel.SUPPORT_2, today.minusMonths(4).withDayOfMonth(1),
                today.plusMonths(8).with(TemporalAdjusters.lastDayOfMonth()));
        person(insurer, "1000000004", "高橋 健", "タカハシ ケン", "1970-07-07", Sex.MALE, "さくら市南町9-1",
                SpecifiedDisease.CEREBROVASCULAR_DISEASE);
        person(insurer, "1000000005", "渡辺 誠", "ワタナベ マコト", "1972-01-15", Sex.MALE, "さくら市北町3-3", null);
        person(insurer, "1000000006", "小林 幸子", "コバヤシ サチコ", "1936-09-30", Sex.FEMALE, "さくら市中央5-6-7", null);
        log.info("Demo data loaded: insurer {} with 6 insured persons", INSURER_NUMBER);
    }

    /**
     * The month end 30 to 60 days from today, so 佐藤 一郎 is always inside the 60-day renewal
     * window (the end of next month would be 61 days away on the first of a 31-day month).
     */
    static LocalDate renewalDemoValidTo(LocalDate today) {
        return today.plusDays(30).with(TemporalAdjusters.lastDayOfMonth());
    }

    private InsuredPerson person(Insurer insurer, String number, String name, String kana, String birth, Sex sex,
            String address, SpecifiedDisease disease) {
        var person = new InsuredPerson(insurer, number, name, kana, LocalDate.parse(birth), sex, address);
        person.setSpecifiedDisease(disease);
        return persons.save(person);
    }

    private void certify(InsuredPerson person, CareLevel level, LocalDate from, LocalDate to) {
        certificates.save(new Certificate(person, level, from, to, null, clock.now()));
    }

    private void ensureUser(DemoUser u) {
        if (identity.createUserQuery().userId(u.id()).count() > 0) {
            return;
        }
        var user = identity.newUser(u.id());
        user.setFirstName(u.firstName());
        user.setLastName(u.lastName());
        user.setEmail(u.id() + "@sakura.example.jp");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(u.id(), Roles.groupId(u.role()));
    }
}
