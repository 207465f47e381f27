package jp.nintei.survey;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.security.Roles;
import jp.nintei.security.StaffDirectory;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

@Service
public class SurveyService {

    private final SurveyRepository surveys;
    private final ApplicationService applications;
    private final StaffDirectory staff;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    SurveyService(SurveyRepository surveys, ApplicationService applications, StaffDirectory staff,
            CaseHistory history, CurrentUser currentUser, BusinessClock clock) {
        this.surveys = surveys;
        this.applications = applications;
        this.staff = staff;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** 調査依頼: the survey goes to a surveyor, whose Tasklist then shows it (and only to them). */
    @Transactional
    public void request(String caseId, String surveyorId) {
        if (!staff.hasRole(surveyorId, Roles.SURVEYOR)) {
            throw new InvalidInputException("surveyorId", "調査員ID「" + surveyorId + "」は認定調査員として登録されていません");
        }
        String by = currentUser.id();
        surveys.findById(caseId).ifPresentOrElse(
                s -> s.reassign(surveyorId, clock.now(), by),
                () -> surveys.save(new Survey(caseId, surveyorId, clock.now(), by)));
        history.append(caseId, CaseEventType.SURVEY_REQUESTED, by, "調査員 " + staff.displayName(surveyorId));
    }

    /** 調査実施: the visit took place on a day between the application and today. */
    @Transactional
    public void record(String caseId, LocalDate surveyDate, String place) {
        CertificationApplication application = applications.get(caseId);
        if (surveyDate.isAfter(clock.today()) || surveyDate.isBefore(application.getReceivedDate())) {
            throw new InvalidInputException("surveyDate", "調査実施日は申請日から本日までの日付を入力してください");
        }
        Survey survey = surveys.findById(caseId)
                .orElseThrow(() -> new InvalidInputException("surveyorId", "調査員が割り当てられていません"));
        survey.record(surveyDate, place, clock.now());
        history.append(caseId, CaseEventType.SURVEY_COMPLETED, currentUser.id(), surveyDate + " " + place);
    }
}
