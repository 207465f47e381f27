package jp.nintei.opinion;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import jp.nintei.application.CaseLock;
import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.engine.CaseEngine;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.StateConflictException;
import jp.nintei.web.Violation;

/**
 * Everything that arrives from the physician's side: drafts, the submitted opinion (through the
 * link, or directly, e.g. together with the application), and the decline. An arrival is stored
 * and then correlated to the waiting process under the case lock (see CaseLock): if the process
 * is not waiting yet, the stored arrival is what it finds when it looks. Nothing is lost either way.
 */
@Service
public class OpinionSubmissions {

    private static final Logger log = LoggerFactory.getLogger(OpinionSubmissions.class);
    private static final int ATTEMPTS = 3;

    private final CaseLock lock;
    private final OpinionRequestRepository requests;
    private final PhysicianOpinionRepository opinions;
    private final OpinionDraftRepository drafts;
    private final OpinionRequests requestService;
    private final OpinionDocuments documents;
    private final OpinionFormatter formatter;
    private final OpinionContentValidator validator;
    private final ApplicationService applications;
    private final CaseEngine engine;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;
    private final TransactionTemplate tx;

    OpinionSubmissions(CaseLock lock, OpinionRequestRepository requests, PhysicianOpinionRepository opinions,
            OpinionDraftRepository drafts, OpinionRequests requestService, OpinionDocuments documents,
            OpinionFormatter formatter, OpinionContentValidator validator, ApplicationService applications,
            CaseEngine engine, CaseHistory history, CurrentUser currentUser, BusinessClock clock, TransactionTemplate tx) {
        this.lock = lock;
        this.requests = requests;
        this.opinions = opinions;
        this.drafts = drafts;
        this.requestService = requestService;
        this.documents = documents;
        this.formatter = formatter;
        this.validator = validator;
        this.applications = applications;
        this.engine = engine;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tx = tx;
    }

    /** The outcome of a submission: the stored version, and whether this call stored it or an earlier one did. */
    public record Submission(PhysicianOpinion opinion, boolean repeated) {
    }

    /** What the physician's form starts from: the draft, else the opinion sent back, else a blank form. */
    public OpinionContent formFor(long requestId) {
        return tx.execute(s -> drafts.findById(requestId).map(d -> formatter.read(d.getContent()))
                .or(() -> opinions.findFirstByRequestIdOrderByVersionDesc(requestId).map(o -> formatter.read(o.getContent())))
                .orElseGet(() -> new OpinionContent().normaliseShape()));
    }

    /** The latest version submitted under a request. */
    public Optional<PhysicianOpinion> submittedFor(long requestId) {
        return tx.execute(s -> opinions.findFirstByRequestIdOrderByVersionDesc(requestId));
    }

    public void saveDraft(long requestId, OpinionContent content) {
        content.normaliseShape();
        tx.executeWithoutResult(s -> {
            OpinionRequest request = requests.findById(requestId).orElseThrow();
            requireAwaiting(request);
            OpinionDraft draft = drafts.findById(requestId).orElseGet(() -> new OpinionDraft(requestId));
            draft.save(formatter.write(content), clock.now(), currentUser.id());
            drafts.save(draft);
        });
    }

    /**
     * The physician submits through the link. The same {@code submissionKey} (a double click, a
     * retried request) returns the version stored the first time; a second, different
     * submission after the first is refused: the link is read-only then.
     */
    public Submission submit(long requestId, OpinionContent content, String submissionKey) {
        content.normaliseShape();
        requireValid(content);
        String key = "portal:" + requireKey(submissionKey);
        return retrying(() -> tx.execute(s -> {
            OpinionRequest request = requests.findById(requestId).orElseThrow();
            lock.lock(request.getCaseId());
            Optional<PhysicianOpinion> earlier = opinions.findBySubmissionKey(key)
                    .filter(o -> requestId == (o.getRequestId() == null ? -1 : o.getRequestId()));
            if (earlier.isPresent()) {
                return new Submission(earlier.get(), true);
            }
            requireAwaiting(request);
            PhysicianOpinion stored = store(request.getCaseId(), request, OpinionSource.PORTAL, key,
                    request.getPhysicianName(), request.getInstitutionName(), content);
            drafts.deleteById(requestId);
            return new Submission(stored, false);
        }));
    }

    /**
     * An opinion that comes without a link, e.g. submitted electronically together with the
     * application before any request exists. It joins an open request if there is one.
     */
    public Submission submitDirect(String caseId, String physicianName, String institutionName, OpinionContent content,
            String idempotencyKey) {
        content.normaliseShape();
        String key = "api:" + requireKey(idempotencyKey);
        Optional<PhysicianOpinion> earlier = tx.execute(s -> opinions.findBySubmissionKey(key));
        if (earlier.isPresent()) {
            return new Submission(earlier.get(), true);
        }
        requireNames(physicianName, institutionName);
        requireValid(content);
        return retrying(() -> tx.execute(s -> {
            CertificationApplication application = applications.get(caseId);
            if (!application.getState().isWithdrawable()) {
                throw new StateConflictException("この案件は「" + application.getState().label() + "」のため意見書を受け付けられません");
            }
            lock.lock(caseId);
            Optional<PhysicianOpinion> repeat = opinions.findBySubmissionKey(key);
            if (repeat.isPresent()) {
                return new Submission(repeat.get(), true);
            }
            opinions.findFirstByCaseIdOrderByVersionDesc(caseId)
                    .filter(o -> o.getStatus() != OpinionStatus.SENT_BACK)
                    .ifPresent(o -> {
                        throw new StateConflictException("この案件の意見書は既に受け付けています（第" + o.getVersion() + "版）");
                    });
            OpinionRequest open = requestService.awaiting(caseId).orElse(null);
            return new Submission(store(caseId, open, OpinionSource.API, key, physicianName.strip(),
                    institutionName.strip(), content), false);
        }));
    }

    /** The physician cannot write the opinion: the request ends and staff choose another physician. */
    public void decline(long requestId, String reason) {
        String checked = OpinionRequests.reason(reason, "declineReason", "作成できない理由を入力してください");
        retrying(() -> tx.execute(s -> {
            OpinionRequest request = requests.findById(requestId).orElseThrow();
            lock.lock(request.getCaseId());
            requireAwaiting(request);
            requestService.declined(request, checked, currentUser.id());
            engine.correlate(OpinionProcess.MESSAGE_RETURNED, request.getCaseId(), Map.of());
            return null;
        }));
    }

    private PhysicianOpinion store(String caseId, OpinionRequest request, OpinionSource source, String key,
            String physicianName, String institutionName, OpinionContent content) {
        CertificationApplication application = applications.get(caseId);
        int version = opinions.maxVersion(caseId) + 1;
        Instant now = clock.now();
        PhysicianOpinion opinion = opinions.save(new PhysicianOpinion(caseId, version,
                request == null ? null : request.getId(), source, key, physicianName, institutionName, content,
                formatter.write(content), now, clock.today(), currentUser.id()));
        byte[] pdf = documents.opinionPdf(application, physicianName, institutionName, version, now, content);
        opinion.attachDocument(documents.issueOpinion(application, version, pdf).getId());
        if (request != null) {
            request.submitted();
        }
        history.append(caseId, CaseEventType.OPINION_RECEIVED, currentUser.id(), institutionName + " " + physicianName
                + "（第" + version + "版、" + source.label() + "）");
        boolean correlated = engine.correlate(OpinionProcess.MESSAGE_RETURNED, caseId, Map.of());
        log.info("Opinion v{} of case {} stored ({}); {}", version, caseId, source,
                correlated ? "the waiting stage continues" : "kept until the stage looks for it");
        return opinion;
    }

    private void requireValid(OpinionContent content) {
        Errors errors = new BeanPropertyBindingResult(content, "opinion");
        validator.validate(content, errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors.getFieldErrors().stream()
                    .map(e -> new Violation(e.getField(), e.getDefaultMessage())).toList());
        }
    }

    private static void requireNames(String physicianName, String institutionName) {
        if (physicianName == null || physicianName.isBlank() || physicianName.length() > 100) {
            throw new InvalidInputException("physicianName", "医師氏名を100文字以内で入力してください");
        }
        if (institutionName == null || institutionName.isBlank() || institutionName.length() > 200) {
            throw new InvalidInputException("institutionName", "医療機関名を200文字以内で入力してください");
        }
    }

    private static String requireKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9._:-]{8,100}")) {
            throw new InvalidInputException("submissionKey", "送信の識別子（Idempotency-Key）は8〜100文字の英数字で指定してください");
        }
        return key;
    }

    private static void requireAwaiting(OpinionRequest request) {
        if (!request.getStatus().isAwaitingPhysician()) {
            throw new AlreadyAnsweredException();
        }
    }

    /**
     * A timer of the same stage may fire while the arrival correlates: the engine's optimistic
     * lock then fails one of the two. The arrival is retried, not lost; the key keeps it single.
     */
    private <T> T retrying(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingException | OptimisticLockingFailureException | PessimisticLockingFailureException
                    | DataIntegrityViolationException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Opinion arrival collided with another change (attempt {}): {}", attempt, e.toString());
            }
        }
    }

    /** The request no longer takes drafts, submissions or a decline. */
    public static class AlreadyAnsweredException extends StateConflictException {

        AlreadyAnsweredException() {
            super("この依頼には既に回答済みです。提出済みの内容は依頼のページで確認できます");
        }
    }
}
