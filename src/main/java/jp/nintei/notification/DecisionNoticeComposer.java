package jp.nintei.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.decision.BenefitLimits;
import jp.nintei.decision.CertificationDecision;
import jp.nintei.decision.CertificationDecisionService;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.time.JapaneseDates;

/**
 * 認定結果通知書 (法27条7項, 要支援は32条6項; 非該当は27条9項 with its reasons): the decision and the
 * 被保険者証 entries it changes — level, 認定年月日, validity, 区分支給限度基準額 and the board's opinion.
 */
@Component
class DecisionNoticeComposer implements NoticeComposer {

    private final ApplicationService applications;
    private final CertificationDecisionService decisions;

    DecisionNoticeComposer(ApplicationService applications, CertificationDecisionService decisions) {
        this.applications = applications;
        this.decisions = decisions;
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.DECISION_NOTICE;
    }

    @Override
    public NoticeContent compose(String caseId) {
        CertificationApplication application = applications.get(caseId);
        CertificationDecision decision = decisions.get(caseId);
        InsuredPerson person = application.getInsuredPerson();
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("caseId", caseId);
        notice.put("insuredNumber", person.getInsuredNumber());
        notice.put("name", person.getName());
        notice.put("birthDate", JapaneseDates.format(person.getBirthDate()));
        notice.put("applicationType", application.getApplicationType().label());
        notice.put("receivedDate", JapaneseDates.format(application.getReceivedDate()));
        notice.put("decisionDate", JapaneseDates.format(decision.getDecisionDate()));
        notice.put("careLevel", decision.getCareLevel().label());
        notice.put("certified", decision.isCertified());
        notice.put("lawBasis", lawBasis(decision.getCareLevel()));
        notice.put("boardOpinion", decision.getBoardOpinion());
        List<String> summary = new ArrayList<>();
        summary.add("**認定結果:** " + decision.getCareLevel().label() + "（" + application.getApplicationType().label()
                + "申請、申請日 " + JapaneseDates.format(application.getReceivedDate()) + "、認定日 "
                + JapaneseDates.format(decision.getDecisionDate()) + "）");
        if (decision.isCertified()) {
            String validity = JapaneseDates.format(decision.getValidFrom()) + "から" + JapaneseDates.format(decision.getValidTo()) + "まで";
            String limit = units(decision.getCareLevel());
            notice.put("validFrom", JapaneseDates.format(decision.getValidFrom()));
            notice.put("validTo", JapaneseDates.format(decision.getValidTo()));
            notice.put("validity", validity);
            notice.put("validityMonths", decision.getValidityMonths());
            notice.put("benefitLimit", limit);
            summary.add("**認定の有効期間:** " + validity + "（" + decision.getValidityMonths() + "か月）");
            summary.add("**区分支給限度基準額:** 1月当たり " + limit);
        } else {
            notice.put("nonApplicableReason", decision.getNonApplicableReason());
            summary.add("**非該当の理由:** " + decision.getNonApplicableReason());
        }
        if (decision.getBoardOpinion() != null) {
            summary.add("**介護認定審査会の意見:** " + decision.getBoardOpinion());
        }
        return new NoticeContent(caseId, person, title(decision.getCareLevel()), "認定結果通知書_" + caseId + ".pdf",
                notice, summary);
    }

    static String title(CareLevel level) {
        if (!level.isCertified()) {
            return "認定結果通知書（非該当）";
        }
        return isSupport(level) ? "要支援認定結果通知書" : "要介護認定結果通知書";
    }

    static String lawBasis(CareLevel level) {
        if (!level.isCertified()) {
            return "介護保険法第27条第9項";
        }
        return isSupport(level) ? "介護保険法第32条第6項" : "介護保険法第27条第7項";
    }

    static String units(CareLevel level) {
        return String.format("%,d単位", BenefitLimits.monthlyUnits(level).orElseThrow());
    }

    private static boolean isSupport(CareLevel level) {
        return level == CareLevel.SUPPORT_1 || level == CareLevel.SUPPORT_2;
    }
}
