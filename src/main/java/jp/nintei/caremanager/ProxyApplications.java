package jp.nintei.caremanager;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.CertificationApplication;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.SpecifiedDisease;
import jp.nintei.sharedinfo.CarePlanLink;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

/**
 * 代理申請 by a care-plan office (介護保険法27条1項): the application goes through the same intake
 * as every other, filed today in the office's name and 事業所番号. Optionally the office files its
 * 居宅サービス計画作成依頼届出 in the same transaction, as offices commonly hand both in together.
 */
@Service
class ProxyApplications {

    private final IntakeService intake;
    private final CareManagerPortal portal;
    private final CarePlanNotifications notifications;
    private final BusinessClock clock;

    ProxyApplications(IntakeService intake, CareManagerPortal portal, CarePlanNotifications notifications,
            BusinessClock clock) {
        this.intake = intake;
        this.portal = portal;
        this.notifications = notifications;
        this.clock = clock;
    }

    record Form(String insuredNumber, LocalDate birthDate, ApplicationType applicationType, boolean consentToShare,
            SpecifiedDisease specifiedDisease, String attendingPhysicianName, String medicalInstitutionName,
            boolean alsoFileNotification) {
    }

    @Transactional
    CertificationApplication file(CareManagerPrincipal me, Form form) {
        if (form.applicationType() == null || form.applicationType() == ApplicationType.EX_OFFICIO) {
            throw new InvalidInputException("applicationType", "申請の種類（新規・更新・区分変更）を選択してください");
        }
        InsuredPerson person = portal.identify(form.insuredNumber(), form.birthDate());
        LocalDate today = clock.today();
        CertificationApplication application = intake.receive(new IntakeRequest(person.getInsuredNumber(),
                form.applicationType(), today, ApplicantKind.CARE_MANAGER_OFFICE, me.displayName(), me.officeName(),
                me.officeNumber(), form.consentToShare(), form.specifiedDisease(), blankToNull(form.attendingPhysicianName()),
                blankToNull(form.medicalInstitutionName())));
        if (form.alsoFileNotification()
                && notifications.link(me.officeNumber(), person, today) != CarePlanLink.ACTIVE) {
            notifications.file(me.officeNumber(), person, today, null);
        }
        return application;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
