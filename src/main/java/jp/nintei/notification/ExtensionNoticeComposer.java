package jp.nintei.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.deadline.ExtensionNotice;
import jp.nintei.deadline.ExtensionNoticeService;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.time.JapaneseDates;

/**
 * 延期通知書 (法27条11項ただし書): why the decision cannot be made within 30 days and the 処理見込期間,
 * from the notice the 30-day clock prepared. Keyed by case and notice number ("2026-000012/2").
 */
@Component
class ExtensionNoticeComposer implements NoticeComposer {

    private final ApplicationService applications;
    private final ExtensionNoticeService notices;

    ExtensionNoticeComposer(ApplicationService applications, ExtensionNoticeService notices) {
        this.applications = applications;
        this.notices = notices;
    }

    static String key(ExtensionNotice notice) {
        return notice.getCaseId() + "/" + notice.getSeq();
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.EXTENSION_NOTICE;
    }

    @Override
    public NoticeContent compose(String key) {
        int slash = key.lastIndexOf('/');
        String caseId = key.substring(0, slash);
        int seq = Integer.parseInt(key.substring(slash + 1));
        ExtensionNotice notice = notices.of(caseId).stream().filter(n -> n.getSeq() == seq).findFirst()
                .orElseThrow(() -> new IllegalStateException("no extension notice " + key));
        CertificationApplication application = applications.get(caseId);
        InsuredPerson person = application.getInsuredPerson();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("caseId", caseId);
        model.put("seq", seq);
        model.put("insuredNumber", person.getInsuredNumber());
        model.put("name", person.getName());
        model.put("applicationType", application.getApplicationType().label());
        model.put("receivedDate", JapaneseDates.format(application.getReceivedDate()));
        model.put("decisionDueDate", JapaneseDates.format(application.getDecisionDueDate()));
        // The letter gives the reason without the staff's short code (調査待ち…).
        model.put("reason", notice.getReason().label().replaceFirst("（[^）]*）$", ""));
        model.put("expectedDate", JapaneseDates.format(notice.getExpectedDecisionDate()));
        List<String> summary = List.of(
                "**申請:** " + application.getApplicationType().label() + "申請（申請日 "
                        + JapaneseDates.format(application.getReceivedDate()) + "、決定期限 "
                        + JapaneseDates.format(application.getDecisionDueDate()) + "）",
                "**延期の理由:** " + notice.getReason().label(),
                "**処理見込期間:** " + JapaneseDates.format(notice.getExpectedDecisionDate()) + "まで"
                        + (seq > 1 ? "（第" + seq + "回の通知）" : ""));
        return new NoticeContent(caseId, person, "延期通知書", "延期通知書_" + caseId + "_" + seq + ".pdf", model, summary);
    }
}
