package jp.nintei.opinion;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.opinion.registry.Physician;
import jp.nintei.opinion.registry.PhysicianRegistry;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;

/**
 * The Markdown the stage's Tasklist forms show above their fields (a task-local variable):
 * the candidates to choose from, the request to chase, the opinion to check. Values are
 * escaped, so a name cannot inject Markdown or links.
 */
@Component
class OpinionTaskTexts {

    static final int MAX_CANDIDATES = 20;

    private final ApplicationService applications;
    private final PhysicianRegistry registry;
    private final OpinionRequests requests;
    private final OpinionLinks links;
    private final OpinionService opinions;
    private final BusinessClock clock;

    OpinionTaskTexts(ApplicationService applications, PhysicianRegistry registry, OpinionRequests requests,
            OpinionLinks links, OpinionService opinions, BusinessClock clock) {
        this.applications = applications;
        this.registry = registry;
        this.requests = requests;
        this.links = links;
        this.opinions = opinions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    String selection(String caseId) {
        CertificationApplication application = applications.get(caseId);
        StringBuilder text = new StringBuilder("**申請書の主治医:** ")
                .append(orNone(application.getAttendingPhysicianName())).append("（")
                .append(orNone(application.getMedicalInstitutionName())).append("）\n\n");
        requests.ofCase(caseId).stream().filter(r -> r.getStatus() == RequestStatus.DECLINED).forEach(r ->
                text.append("**辞退:** ").append(md(r.getPhysicianName())).append(" 先生（").append(md(r.getInstitutionName()))
                        .append("） 理由: ").append(md(r.getDeclineReason())).append("\n\n"));
        List<Physician> candidates = registry.candidates(application.getAttendingPhysicianName(),
                application.getMedicalInstitutionName(), requests.declinedPhysicians(caseId));
        if (candidates.isEmpty()) {
            text.append("登録済みの医師に該当がありません。");
        } else {
            text.append("**候補（医師コード）:**\n\n");
            candidates.stream().limit(MAX_CANDIDATES).forEach(p -> text.append("- `").append(p.getPhysicianCode())
                    .append("` ").append(md(p.getName())).append(" — ").append(md(p.getInstitution().getName()))
                    .append(p.getDepartment() == null ? "" : "・" + md(p.getDepartment()))
                    .append(p.getInstitution().isElectronicSubmission() ? "（電子・メールで依頼）" : "（郵送で依頼）")
                    .append(p.isDesignated() ? "［市指定医］" : "").append('\n'));
        }
        return text.append("\n[医療機関・医師の一覧](/staff/physicians)").toString();
    }

    @Transactional(readOnly = true)
    String chase(String caseId) {
        OpinionRequest request = requests.awaiting(caseId).orElseThrow();
        var institution = request.getPhysician().getInstitution();
        StringBuilder text = new StringBuilder("**依頼先:** ").append(md(request.getInstitutionName())).append(" ")
                .append(md(request.getPhysicianName())).append(" 先生（依頼番号 ").append(request.getReference()).append("）\n\n")
                .append("**電話:** ").append(orNone(institution.getPhone())).append("　**FAX:** ").append(orNone(institution.getFax()))
                .append("\n\n**依頼日:** ").append(date(request.getRequestedAt() == null ? null
                        : LocalDate.ofInstant(request.getRequestedAt(), clock.zone())))
                .append("　**提出期限:** ").append(date(request.getDueDate()))
                .append("　**督促済み:** ").append(requests.remindersOf(request).size()).append("回\n\n");
        links.live(request).ifPresentOrElse(
                link -> text.append("**URLの有効期限:** ").append(date(LocalDate.ofInstant(link.getExpiresAt(), clock.zone()))),
                () -> text.append("**URLは有効期限切れです。** 案件の意見書画面から再発行してください。"));
        return text.append("\n\n[意見書の依頼状況](/staff/cases/").append(caseId).append("/opinion)").toString();
    }

    @Transactional(readOnly = true)
    String check(String caseId) {
        OpinionView v = opinions.latest(caseId).orElseThrow();
        return "**提出:** " + md(v.institutionName()) + " " + md(v.physicianName()) + "（第" + v.version() + "版、"
                + v.source().label() + "、" + date(v.receivedDate()) + "）\n\n"
                + "**寝たきり度:** " + v.bedriddenLevel().label() + "　**認知症自立度:** " + v.dementiaLevel().label()
                + "　**利用への同意:** " + (v.consentToShare() ? "同意する" : "同意しない")
                + "　**区分:** " + (v.feeCategory() == null ? "（未記入）" : v.feeCategory().label()) + "\n\n"
                + "[意見書の全文とPDF](/staff/cases/" + caseId + "/opinion)";
    }

    private static String date(LocalDate date) {
        return date == null ? "—" : JapaneseDates.format(date);
    }

    private static String orNone(String value) {
        return value == null ? "（記載なし）" : md(value);
    }

    /** Escapes Markdown and HTML so registry and form values show as typed. */
    static String md(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!|>~])", "\\\\$1").replace("<", "&lt;").replace("\n", " ");
    }
}
