package jp.nintei.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.nintei.insured.Certificate;
import jp.nintei.insured.CertificateRepository;
import jp.nintei.insured.InsuranceCategory;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.web.Violation;

/**
 * Whether an application may be accepted (DESIGN.md §3.1): eligibility, one open case per
 * person, and the certification the type of application presupposes.
 */
@Component
class IntakeRules {

    /** 更新申請 is accepted from 60 days before the current validity ends (施行規則39条). */
    static final int RENEWAL_WINDOW_DAYS = jp.nintei.decision.ValidityRules.RENEWAL_WINDOW_DAYS;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CertificationApplicationRepository applications;
    private final CertificateRepository certificates;

    IntakeRules(CertificationApplicationRepository applications, CertificateRepository certificates) {
        this.applications = applications;
        this.certificates = certificates;
    }

    List<Violation> check(IntakeRequest request, InsuredPerson person, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        LocalDate received = request.receivedDate();
        if (received.isAfter(today)) {
            violations.add(new Violation("receivedDate", "申請日に未来の日付は指定できません"));
            return violations;
        }
        checkEligibility(request, person, violations);
        checkApplicant(request, violations);
        if (applications.existsByInsuredPersonAndStateIn(person, openStates())) {
            violations.add(new Violation("insuredNumber", "この被保険者には処理中の申請があります。取下げまたは決定の後に申請してください"));
        }
        checkCertification(request, certificates.findCurrent(person, received), violations);
        return violations;
    }

    private void checkEligibility(IntakeRequest request, InsuredPerson person, List<Violation> violations) {
        Optional<InsuranceCategory> category = InsuranceCategory.of(person.getBirthDate(), request.receivedDate());
        if (category.isEmpty()) {
            violations.add(new Violation("insuredNumber", "申請日時点で40歳未満のため、介護保険の要介護認定は申請できません"));
        } else if (category.get() == InsuranceCategory.SECOND && specifiedDisease(request, person) == null) {
            violations.add(new Violation("specifiedDisease",
                    "第2号被保険者（40〜64歳）は特定疾病に該当する場合に限り申請できます。特定疾病を選択してください"));
        }
    }

    private void checkApplicant(IntakeRequest request, List<Violation> violations) {
        ApplicantKind kind = request.applicantKind();
        if (kind != ApplicantKind.SELF && kind != ApplicantKind.MUNICIPALITY && isBlank(request.applicantName())) {
            violations.add(new Violation("applicantName", "申請者氏名を入力してください"));
        }
        if (kind.isOffice() && (isBlank(request.proxyOfficeName()) || isBlank(request.proxyOfficeNumber()))) {
            violations.add(new Violation("proxyOfficeName", "代理申請の場合は事業所名と事業所番号を入力してください"));
        }
        if ((request.applicationType() == ApplicationType.EX_OFFICIO) != (kind == ApplicantKind.MUNICIPALITY)) {
            violations.add(new Violation("applicantKind", "職権による区分変更は申請者区分「市町村（職権）」でのみ登録できます"));
        }
    }

    private void checkCertification(IntakeRequest request, Optional<Certificate> current, List<Violation> violations) {
        switch (request.applicationType()) {
            case NEW -> current.ifPresent(c -> violations.add(new Violation("applicationType",
                    "認定有効期間中（" + DATE.format(c.getValidTo()) + "まで）のため新規申請はできません。更新申請または区分変更申請としてください")));
            case RENEWAL -> checkRenewalWindow(request.receivedDate(), current, violations);
            case CHANGE, EX_OFFICIO -> {
                if (current.isEmpty()) {
                    violations.add(new Violation("applicationType", "区分変更には申請日時点で有効な認定が必要です。新規申請としてください"));
                }
            }
        }
    }

    private void checkRenewalWindow(LocalDate received, Optional<Certificate> current, List<Violation> violations) {
        if (current.isEmpty()) {
            violations.add(new Violation("applicationType", "更新申請には申請日時点で有効な認定が必要です。新規申請としてください"));
            return;
        }
        LocalDate opens = current.get().getValidTo().minusDays(RENEWAL_WINDOW_DAYS);
        if (received.isBefore(opens)) {
            violations.add(new Violation("receivedDate", "更新申請は有効期間満了日（" + DATE.format(current.get().getValidTo())
                    + "）の60日前（" + DATE.format(opens) + "）から受け付けます"));
        }
    }

    static jp.nintei.insured.SpecifiedDisease specifiedDisease(IntakeRequest request, InsuredPerson person) {
        return request.specifiedDisease() != null ? request.specifiedDisease() : person.getSpecifiedDisease();
    }

    static EnumSet<ApplicationState> openStates() {
        EnumSet<ApplicationState> open = EnumSet.noneOf(ApplicationState.class);
        for (ApplicationState s : ApplicationState.values()) {
            if (s.isOpen()) {
                open.add(s);
            }
        }
        return open;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
