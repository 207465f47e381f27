package jp.nintei.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
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

/** Creates insurers, insured persons, certificates and staff users with unique keys per call. */
@Component
public class TestData {

    public static final String PASSWORD = "test-password";
    /** The secret of API clients (HTTP Basic on /api and /engine-rest): generated-looking, 32+ characters. */
    public static final String API_SECRET = "test-api-secret-7Qk2xN9pLw4Rz8Vb3Hc6";
    public static final String INSURER_NUMBER = "999999";

    private final InsurerRepository insurers;
    private final InsuredPersonRepository persons;
    private final CertificateRepository certificates;
    private final IdentityService identity;

    TestData(InsurerRepository insurers, InsuredPersonRepository persons, CertificateRepository certificates,
            IdentityService identity) {
        this.insurers = insurers;
        this.persons = persons;
        this.certificates = certificates;
        this.identity = identity;
    }

    @Transactional
    public Insurer insurer() {
        return insurers.findByInsurerNumber(INSURER_NUMBER)
                .orElseGet(() -> insurers.save(new Insurer(INSURER_NUMBER, "テスト市")));
    }

    /** A 第1号被保険者 aged 80 on the given date. */
    public InsuredPerson elderly(LocalDate on) {
        return person(on.minusYears(80), null);
    }

    @Transactional
    public InsuredPerson person(LocalDate birthDate, SpecifiedDisease disease) {
        var person = new InsuredPerson(insurer(), uniqueNumber(), "試験 太郎", "シケン タロウ", birthDate, Sex.MALE,
                "テスト市本町1-1");
        person.setSpecifiedDisease(disease);
        return persons.save(person);
    }

    @Transactional
    public Certificate certify(InsuredPerson person, CareLevel level, LocalDate from, LocalDate to) {
        return certificates.save(new Certificate(person, level, from, to, null, java.time.Instant.now()));
    }

    /** A staff user with the given role; created once, reused afterwards. */
    public String user(String id, String role) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setFirstName("テスト");
            user.setLastName(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, Roles.groupId(role));
        }
        return id;
    }

    /**
     * A machine client of the APIs (group api-client plus the given role) with {@link #API_SECRET}:
     * people's accounts from {@link #user} do not get HTTP Basic.
     */
    public String apiClient(String id, String role) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setFirstName("API");
            user.setLastName(id);
            user.setPassword(API_SECRET);
            identity.saveUser(user);
            identity.createMembership(id, Roles.groupId(Roles.API_CLIENT));
            identity.createMembership(id, Roles.groupId(role));
        }
        return id;
    }

    public static String uniqueNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(2_000_000_000L, 9_999_999_999L));
    }
}
