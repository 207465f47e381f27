package jp.nintei.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.SpecifiedDisease;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.Violation;

/** Each reason an application is refused at intake, with the message staff see. */
@ProcessTest
class IntakeRulesTest {

    @Autowired IntakeService intake;
    @Autowired CertificationApplicationRepository applications;
    @Autowired TestData data;
    @Autowired BusinessClock clock;

    LocalDate today;

    @Test
    void unknownInsuredNumber() {
        assertRefused(request("0000000001", ApplicationType.NEW), "insuredNumber", "見つかりません");
    }

    @Test
    void malformedInsuredNumber() {
        assertRefused(request("12345", ApplicationType.NEW), "insuredNumber", "10桁の数字");
    }

    @Test
    void underForty() {
        InsuredPerson young = data.person(today().minusYears(39), null);
        assertRefused(request(young.getInsuredNumber(), ApplicationType.NEW), "insuredNumber", "40歳未満");
    }

    @Test
    void secondInsuredWithoutSpecifiedDisease() {
        InsuredPerson p = data.person(today().minusYears(55), null);
        assertRefused(request(p.getInsuredNumber(), ApplicationType.NEW), "specifiedDisease", "特定疾病");
    }

    @Test
    void secondInsuredWithSpecifiedDiseaseIsAccepted() {
        InsuredPerson p = data.person(today().minusYears(55), null);
        var request = new IntakeRequest(p.getInsuredNumber(), ApplicationType.NEW, today(), ApplicantKind.SELF, null,
                null, null, false, SpecifiedDisease.CEREBROVASCULAR_DISEASE, null, null);
        var application = intake.receive(request);
        assertThat(application.getSpecifiedDisease()).isEqualTo(SpecifiedDisease.CEREBROVASCULAR_DISEASE);
    }

    @Test
    void sixtyFiveOnTheApplicationDayIsAFirstInsured() {
        InsuredPerson p = data.person(today().minusYears(65), null);
        assertThat(intake.receive(request(p.getInsuredNumber(), ApplicationType.NEW)).getCaseId()).isNotBlank();
    }

    @Test
    void secondOpenCaseOfTheSamePerson() {
        InsuredPerson p = data.elderly(today());
        intake.receive(request(p.getInsuredNumber(), ApplicationType.NEW));
        assertRefused(request(p.getInsuredNumber(), ApplicationType.NEW), "insuredNumber", "処理中の申請");
    }

    @Test
    void renewalBeforeTheSixtyDayWindow() {
        InsuredPerson p = data.elderly(today());
        LocalDate validTo = today().plusDays(61);
        data.certify(p, CareLevel.CARE_1, validTo.minusYears(1), validTo);
        assertRefused(request(p.getInsuredNumber(), ApplicationType.RENEWAL), "receivedDate", "60日前");
    }

    @Test
    void renewalOnTheFirstDayOfTheWindowIsAccepted() {
        InsuredPerson p = data.elderly(today());
        LocalDate validTo = today().plusDays(60);
        var previous = data.certify(p, CareLevel.CARE_1, validTo.minusYears(1), validTo);
        var application = intake.receive(request(p.getInsuredNumber(), ApplicationType.RENEWAL));
        assertThat(application.getPreviousCertificate().getId()).isEqualTo(previous.getId());
    }

    @Test
    void renewalWithoutACertification() {
        InsuredPerson p = data.elderly(today());
        assertRefused(request(p.getInsuredNumber(), ApplicationType.RENEWAL), "applicationType", "有効な認定が必要");
    }

    @Test
    void changeWithoutACertification() {
        InsuredPerson p = data.elderly(today());
        assertRefused(request(p.getInsuredNumber(), ApplicationType.CHANGE), "applicationType", "有効な認定が必要");
    }

    @Test
    void newApplicationWhileCertified() {
        InsuredPerson p = data.elderly(today());
        data.certify(p, CareLevel.CARE_1, today().minusMonths(2), today().plusMonths(4));
        assertRefused(request(p.getInsuredNumber(), ApplicationType.NEW), "applicationType", "認定有効期間中");
    }

    @Test
    void applicationDateInTheFuture() {
        InsuredPerson p = data.elderly(today());
        var request = new IntakeRequest(p.getInsuredNumber(), ApplicationType.NEW, today().plusDays(1),
                ApplicantKind.SELF, null, null, null, false, null, null, null);
        assertRefused(request, "receivedDate", "未来の日付");
    }

    @Test
    void proxyApplicationWithoutOffice() {
        InsuredPerson p = data.elderly(today());
        var request = new IntakeRequest(p.getInsuredNumber(), ApplicationType.NEW, today(),
                ApplicantKind.CARE_MANAGER_OFFICE, "代理 太郎", null, null, false, null, null, null);
        assertRefused(request, "proxyOfficeName", "事業所名と事業所番号");
    }

    @Test
    void exOfficioOnlyByTheMunicipality() {
        InsuredPerson p = data.elderly(today());
        data.certify(p, CareLevel.CARE_1, today().minusMonths(2), today().plusMonths(4));
        assertRefused(request(p.getInsuredNumber(), ApplicationType.EX_OFFICIO), "applicantKind", "職権");
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        var request = new IntakeRequest(null, null, null, null, null, null, null, false, null, null, null);
        var refused = catchThrowableOfType(IntakeRejectedException.class, () -> intake.receive(request));
        assertThat(refused.violations()).extracting(Violation::field)
                .contains("insuredNumber", "applicationType", "receivedDate", "applicantKind");
    }

    private void assertRefused(IntakeRequest request, String field, String messagePart) {
        long before = applications.count();
        var refused = catchThrowableOfType(IntakeRejectedException.class, () -> intake.receive(request));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.violations()).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.message()).contains(messagePart);
        });
        assertThat(applications.count()).as("nothing stored").isEqualTo(before);
    }

    private IntakeRequest request(String insuredNumber, ApplicationType type) {
        ApplicantKind kind = ApplicantKind.SELF;
        return new IntakeRequest(insuredNumber, type, today(), kind, null, null, null, false, null, null, null);
    }

    private LocalDate today() {
        if (today == null) {
            today = clock.today();
        }
        return today;
    }
}
