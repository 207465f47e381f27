package jp.nintei.opinion;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.progress.CaseEventType;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

@Service
public class OpinionService {

    private final PhysicianOpinionRepository opinions;
    private final ApplicationService applications;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    OpinionService(PhysicianOpinionRepository opinions, ApplicationService applications, CaseHistory history,
            CurrentUser currentUser, BusinessClock clock) {
        this.opinions = opinions;
        this.applications = applications;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public void requested(String caseId) {
        var application = applications.get(caseId);
        history.append(caseId, CaseEventType.OPINION_REQUESTED, currentUser.id(),
                application.getAttendingPhysicianName() == null ? null : "主治医 " + application.getAttendingPhysicianName());
    }

    /** What the opinion says, as far as other stages need it. */
    public record OpinionSummary(String physicianName, String institutionName, LocalDate receivedDate,
            BedriddenLevel bedriddenLevel, DementiaLevel dementiaLevel, boolean consentToShare) {
    }

    @Transactional
    public void received(String caseId, OpinionSummary opinion) {
        String physicianName = opinion.physicianName();
        String institutionName = opinion.institutionName();
        LocalDate receivedDate = opinion.receivedDate();
        var application = applications.get(caseId);
        if (receivedDate.isAfter(clock.today())) {
            throw new InvalidInputException("receivedDate", "受領日に未来の日付は指定できません");
        }
        if (receivedDate.isBefore(application.getReceivedDate().minusMonths(3))) {
            // MHLW accepts an opinion written shortly before the application, not an old one.
            throw new InvalidInputException("receivedDate", "受領日が申請日より3か月以上前になっています");
        }
        if (opinions.existsById(caseId)) {
            throw new InvalidInputException("receivedDate", "この案件の意見書は既に受領済みです");
        }
        opinions.save(new PhysicianOpinion(caseId, physicianName, institutionName, receivedDate,
                opinion.bedriddenLevel(), opinion.dementiaLevel(), opinion.consentToShare(), clock.now(), currentUser.id()));
        history.append(caseId, CaseEventType.OPINION_RECEIVED, currentUser.id(), institutionName + " " + physicianName);
    }

    /** The received opinion of a case, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<PhysicianOpinion> of(String caseId) {
        return opinions.findById(caseId);
    }
}
