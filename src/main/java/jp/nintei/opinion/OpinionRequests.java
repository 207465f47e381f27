package jp.nintei.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.CaseLock;
import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.opinion.registry.Physician;
import jp.nintei.opinion.registry.PhysicianRegistry;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.StateConflictException;

/**
 * The municipality's side of the round trip: choose the physician, send the 依頼書 with a link,
 * remind on the schedule, record calls, reissue a lost link, tell the physician about a
 * send-back. Each step writes the case history; each outgoing mail goes through the outbox.
 */
@Service
public class OpinionRequests {

    static final int REASON_MAX = 1000;

    private final CaseLock lock;
    private final OpinionRequestRepository requests;
    private final PhysicianOpinionRepository opinions;
    private final OpinionReminderRepository reminders;
    private final PhysicianRegistry registry;
    private final OpinionLinks links;
    private final OpinionDocuments documents;
    private final PortalUrls urls;
    private final ReminderSchedule schedule;
    private final OpinionProperties properties;
    private final ApplicationService applications;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    OpinionRequests(CaseLock lock, OpinionRequestRepository requests, PhysicianOpinionRepository opinions,
            OpinionReminderRepository reminders, PhysicianRegistry registry, OpinionLinks links,
            OpinionDocuments documents, PortalUrls urls, ReminderSchedule schedule, OpinionProperties properties,
            ApplicationService applications, CaseHistory history, CurrentUser currentUser, BusinessClock clock) {
        this.lock = lock;
        this.requests = requests;
        this.opinions = opinions;
        this.reminders = reminders;
        this.registry = registry;
        this.links = links;
        this.documents = documents;
        this.urls = urls;
        this.schedule = schedule;
        this.properties = properties;
        this.applications = applications;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OpinionRequest> ofCase(String caseId) {
        return requests.findByCaseIdOrderByRoundAsc(caseId);
    }

    @Transactional(readOnly = true)
    public OpinionRequest get(long requestId) {
        return requests.findById(requestId).orElseThrow(() -> new StateConflictException("依頼 " + requestId + " が見つかりません"));
    }

    @Transactional(readOnly = true)
    public Optional<OpinionRequest> latest(String caseId) {
        return requests.findFirstByCaseIdOrderByRoundDesc(caseId);
    }

    @Transactional(readOnly = true)
    public Optional<OpinionRequest> awaiting(String caseId) {
        return latest(caseId).filter(r -> r.getStatus().isAwaitingPhysician());
    }

    @Transactional(readOnly = true)
    public List<OpinionReminder> remindersOf(OpinionRequest request) {
        return reminders.findByRequestIdOrderBySeqAsc(request.getId());
    }

    /** Physicians who declined this case already: not asked again. */
    @Transactional(readOnly = true)
    public Set<Long> declinedPhysicians(String caseId) {
        return requests.findByCaseIdOrderByRoundAsc(caseId).stream()
                .filter(r -> r.getStatus() == RequestStatus.DECLINED)
                .map(r -> r.getPhysician().getId())
                .collect(Collectors.toSet());
    }

    /** 依頼先の選択 / 再依頼先の選択: the next round's physician. */
    @Transactional
    public OpinionRequest choose(String caseId, String physicianCode) {
        lock.lock(caseId);
        if (physicianCode == null || physicianCode.isBlank()) {
            throw new InvalidInputException("physicianCode", "依頼する医師の医師コードを入力してください");
        }
        Physician physician = registry.physician(physicianCode)
                .orElseThrow(() -> new InvalidInputException("physicianCode", "医師コード " + physicianCode.strip()
                        + " は登録されていません。医療機関・医師の一覧で確認してください"));
        if (!physician.isRequestable()) {
            throw new InvalidInputException("physicianCode", "この医師または医療機関は現在、依頼先として利用できません");
        }
        if (declinedPhysicians(caseId).contains(physician.getId())) {
            throw new InvalidInputException("physicianCode", "この医師は本件の意見書作成を辞退しています。別の医師を選択してください");
        }
        if (physician.getInstitution().isElectronicSubmission() && physician.getInstitution().getEmail() == null) {
            throw new InvalidInputException("physicianCode", "この医療機関にはメールアドレスが登録されていません");
        }
        latest(caseId).filter(r -> r.getStatus() == RequestStatus.PREPARED).ifPresent(r -> r.cancel(clock.now()));
        return requests.save(new OpinionRequest(caseId, requests.maxRound(caseId) + 1, physician, clock.now(),
                currentUser.id()));
    }

    /**
     * Sends the prepared request: a link, the 依頼書 (always issued; electronic institutions also
     * get a mail). Skipped when an opinion arrived meanwhile. A retried job finds it sent.
     */
    @Transactional
    public void send(String caseId) {
        lock.lock(caseId);
        OpinionRequest request = latest(caseId).filter(r -> r.getStatus() == RequestStatus.PREPARED).orElse(null);
        if (request == null) {
            return;
        }
        if (opinions.findFirstByCaseIdAndStatusOrderByVersionDesc(caseId, OpinionStatus.SUBMITTED).isPresent()) {
            request.skip(clock.now());
            return;
        }
        CertificationApplication application = applications.get(caseId);
        LocalDate today = clock.today();
        request.sent(clock.now(), today, today.plusDays(properties.dueDays()));
        deliverLink(application, request);
        history.append(caseId, CaseEventType.OPINION_REQUESTED, currentUser.id(), request.getInstitutionName() + " "
                + request.getPhysicianName() + " 先生へ依頼（" + channel(request) + "、提出期限 "
                + JapaneseDates.format(request.getDueDate()) + "）");
    }

    /** A new link for the open request (the physician lost it, or it expired); the old one stops working. */
    @Transactional
    public void reissueLink(String caseId) {
        lock.lock(caseId);
        OpinionRequest request = awaiting(caseId).orElseThrow(() -> new StateConflictException(
                "回答待ちの依頼がないため、URLを再発行できません"));
        deliverLink(applications.get(caseId), request);
        history.append(caseId, CaseEventType.OPINION_LINK_REISSUED, currentUser.id(),
                request.getPhysicianName() + " 先生（" + channel(request) + "）");
    }

    private void deliverLink(CertificationApplication application, OpinionRequest request) {
        OpinionLinks.IssuedLink issued = links.issue(request);
        String url = urls.opinion(issued.token());
        documents.requestLetter(application, request, url, issued.link().getExpiresAt());
        if (request.isElectronic()) {
            documents.requestMail(application, request, issued.link().getId(), url, issued.link().getExpiresAt());
        }
    }

    /** When the next scheduled 督促 of the current wait is due, or empty when the schedule is done. */
    @Transactional(readOnly = true)
    public Optional<Date> nextReminderDue(String caseId) {
        return awaiting(caseId)
                .flatMap(r -> schedule.day(r.getAwaitingSince(), r.getPeriodReminders()))
                .map(schedule::at);
    }

    /** Sends the next scheduled 督促 (mail, or a letter to print) and says when the one after is due. */
    @Transactional
    public Optional<Date> remind(String caseId) {
        lock.lock(caseId);
        OpinionRequest request = awaiting(caseId).orElse(null);
        if (request == null || request.getPeriodReminders() >= schedule.count()) {
            return Optional.empty();
        }
        CertificationApplication application = applications.get(caseId);
        int seq = reminders.countByRequestId(request.getId()) + 1;
        Long documentId = null;
        if (request.isElectronic()) {
            documents.reminderMail(application, request, seq);
        } else {
            documentId = documents.reminderLetter(application, request, seq).getId();
        }
        request.reminded();
        reminders.save(new OpinionReminder(request.getId(), seq, request.isElectronic() ? ReminderChannel.MAIL
                : ReminderChannel.LETTER, clock.now(), null, null, null, documentId, currentUser.id()));
        history.append(caseId, CaseEventType.OPINION_REMINDED, currentUser.id(), "第" + request.getPeriodReminders()
                + "回督促（" + (request.isElectronic() ? "メール" : "督促状を発行・郵送") + "）" + request.getPhysicianName() + " 先生");
        return nextReminderDue(caseId);
    }

    /** What staff learnt by phone or fax; a decline ends the request like one through the portal. */
    @Transactional
    public PhoneOutcome recordCall(String caseId, ReminderChannel channel, PhoneOutcome outcome, String note,
            LocalDate followUp, String declineReason) {
        lock.lock(caseId);
        OpinionRequest request = awaiting(caseId).orElseThrow(() -> new StateConflictException(
                "回答待ちの依頼がありません。意見書が提出済みでないか確認してください"));
        String checkedNote = reason(note, "note", "連絡の結果（相手、内容）を入力してください");
        if (outcome != PhoneOutcome.DECLINED) {
            checkFollowUp(followUp);
        }
        String reason = outcome == PhoneOutcome.DECLINED
                ? reason(declineReason, "declineReason", "作成できない理由を入力してください") : null;
        reminders.save(new OpinionReminder(request.getId(), reminders.countByRequestId(request.getId()) + 1, channel,
                clock.now(), outcome.name(), checkedNote, outcome == PhoneOutcome.DECLINED ? null : followUp, null,
                currentUser.id()));
        history.append(caseId, CaseEventType.OPINION_REMINDED, currentUser.id(), channel.label() + "督促: "
                + outcome.label() + (followUp == null || reason != null ? "" : "（次回確認 " + JapaneseDates.format(followUp) + "）"));
        if (reason != null) {
            declined(request, reason, currentUser.id());
        }
        return outcome;
    }

    /** Closes the request as declined; its links stop working. The caller holds the case lock. */
    @Transactional
    void declined(OpinionRequest request, String reason, String by) {
        request.decline(reason, clock.now(), by);
        links.revokeAll(request, "declined");
        history.append(request.getCaseId(), CaseEventType.OPINION_DECLINED, by, request.getPhysicianName() + " 先生: " + reason);
    }

    /** Tells the physician that the opinion came back for correction (mail, or a letter to print). */
    @Transactional
    public void notifySendBack(String caseId) {
        lock.lock(caseId);
        OpinionRequest request = latest(caseId).filter(r -> r.getStatus() == RequestStatus.RETURNED).orElse(null);
        PhysicianOpinion opinion = opinions.findFirstByCaseIdOrderByVersionDesc(caseId).orElse(null);
        if (request == null || opinion == null || opinion.getStatus() != OpinionStatus.SENT_BACK) {
            return;
        }
        CertificationApplication application = applications.get(caseId);
        if (request.isElectronic()) {
            documents.correctionMail(application, request, opinion.getVersion());
        } else {
            documents.correctionLetter(application, request, opinion.getSendBackReason(), opinion.getVersion());
        }
    }

    /** The case ended (取下げ): open requests are cancelled and every link stops working. */
    @Transactional
    public void cancelOpen(String caseId) {
        lock.lock(caseId);
        Instant now = clock.now();
        requests.findByCaseIdOrderByRoundAsc(caseId).stream()
                .filter(r -> r.getStatus().isAwaitingPhysician() || r.getStatus() == RequestStatus.PREPARED
                        || r.getStatus() == RequestStatus.SUBMITTED)
                .forEach(r -> r.cancel(now));
        links.revokeAllOfCase(caseId, "case-closed");
    }

    private void checkFollowUp(LocalDate followUp) {
        LocalDate today = clock.today();
        if (followUp == null) {
            throw new InvalidInputException("followUpDate", "次に確認する日を入力してください");
        }
        if (followUp.isBefore(today) || followUp.isAfter(today.plusDays(60))) {
            throw new InvalidInputException("followUpDate", "次に確認する日は今日から60日以内の日付を入力してください");
        }
    }

    static String reason(String value, String field, String messageWhenMissing) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, messageWhenMissing);
        }
        if (value.length() > REASON_MAX) {
            throw new InvalidInputException(field, "入力は" + REASON_MAX + "文字以内にしてください");
        }
        return value.strip();
    }

    private static String channel(OpinionRequest request) {
        return request.isElectronic() ? "電子・メール送付" : "郵送";
    }
}
