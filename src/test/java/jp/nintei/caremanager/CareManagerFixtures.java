package jp.nintei.caremanager;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** Offices, their logged-in care managers, notifications and cases, for the care-manager tests. */
@Component
class CareManagerFixtures {

    private final OfficeRegistry offices;
    private final CarePlanNotifications notifications;
    private final IntakeService intake;
    private final CaseDriver cases;
    private final TestData data;
    private final BusinessClock clock;

    CareManagerFixtures(OfficeRegistry offices, CarePlanNotifications notifications, IntakeService intake,
            CaseDriver cases, TestData data, BusinessClock clock) {
        this.offices = offices;
        this.notifications = notifications;
        this.intake = intake;
        this.cases = cases;
        this.data = data;
        this.clock = clock;
    }

    /** A new care-plan office and a care manager of it, as the portal's principal. */
    CareManagerPrincipal office() {
        String number = TestData.uniqueNumber();
        offices.save(number, "テスト居宅介護支援事業所 " + number, OfficeKind.CARE_PLAN_OFFICE, "テスト市", null);
        return new CareManagerPrincipal(0, "cm-" + number, "介護 支援子", number, "テスト居宅介護支援事業所 " + number);
    }

    static RequestPostProcessor as(CareManagerPrincipal me) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(me, null,
                AuthorityUtils.createAuthorityList("ROLE_" + CareManagerSecurityConfig.ROLE)));
    }

    CarePlanNotification activeNotification(CareManagerPrincipal me, InsuredPerson person) {
        return notifications.file(me.officeNumber(), person, clock.today().minusDays(10), null);
    }

    /** A notification that started 20 days ago and ended yesterday. */
    CarePlanNotification endedNotification(CareManagerPrincipal me, InsuredPerson person) {
        var n = notifications.file(me.officeNumber(), person, clock.today().minusDays(20), null);
        return notifications.end(n.getId(), me.officeNumber(), clock.today().minusDays(1), "利用終了");
    }

    String application(InsuredPerson person, boolean residentConsent) {
        LocalDate today = clock.today();
        return intake.receive(new IntakeRequest(person.getInsuredNumber(), ApplicationType.NEW, today,
                ApplicantKind.SELF, null, null, null, residentConsent, null, "主治医 一郎", "テスト病院")).getCaseId();
    }

    /** A case from application to the issued 認定結果通知書 (要介護2). */
    String notifiedCase(InsuredPerson person, boolean residentConsent, boolean physicianConsent) {
        String caseId = application(person, residentConsent);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        cases.completeOpinion(caseId, physicianConsent);
        cases.completePrimary(caseId, CareLevel.CARE_2);
        cases.allocateBoard(caseId, clock.today().plusDays(7));
        cases.recordBoardResult(caseId, CareLevel.CARE_2, Map.of());
        cases.runDecision(caseId);
        cases.sendDecisionNotice(caseId);
        return caseId;
    }

    InsuredPerson person() {
        return data.elderly(clock.today());
    }
}
