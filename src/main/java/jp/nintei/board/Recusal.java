package jp.nintei.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.CertificationApplication;
import jp.nintei.board.member.BoardMember;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.Office;
import jp.nintei.office.OfficeClients;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.survey.SurveyRepository;

/**
 * 除斥 (DESIGN.md §3.5): a member takes no part in the case of a client of their own office,
 * of a relative, or of a person they surveyed. Such a case is never allocated to a session of
 * a panel the member sits on. The one place for this rule; the reasons are shown to the
 * secretariat when they allocate.
 */
@Component
public class Recusal {

    /** A member who may not review the case, and why (Japanese, for the allocation UI). */
    public record Conflict(BoardMember member, String reason) {

        public String describe() {
            return "委員 " + member.getName() + "：" + reason;
        }
    }

    private final OfficeClients officeClients;
    private final OfficeRegistry offices;
    private final SurveyRepository surveys;

    Recusal(OfficeClients officeClients, OfficeRegistry offices, SurveyRepository surveys) {
        this.officeClients = officeClients;
        this.offices = offices;
        this.surveys = surveys;
    }

    @Transactional(readOnly = true)
    public List<Conflict> conflicts(BoardPanel panel, CertificationApplication application, LocalDate on) {
        List<Conflict> conflicts = new ArrayList<>();
        InsuredPerson person = application.getInsuredPerson();
        String surveyor = surveys.findById(application.getCaseId()).map(s -> s.getSurveyorId()).orElse(null);
        for (BoardMember member : panel.members()) {
            officeClients.relation(member.getOfficeNumber(), person, on).ifPresent(relation ->
                    conflicts.add(new Conflict(member, "所属事業所（" + officeName(member.getOfficeNumber())
                            + "）の利用者です（" + relation + "）")));
            member.relativeOf(person.getInsuredNumber()).ifPresent(relative ->
                    conflicts.add(new Conflict(member, "委員の親族（" + relative.getRelation() + "）です")));
            if (surveyor != null && surveyor.equals(member.getSurveyorUserId())) {
                conflicts.add(new Conflict(member, "この案件の認定調査を行った調査員です"));
            }
        }
        return conflicts;
    }

    private String officeName(String officeNumber) {
        return offices.find(officeNumber).map(Office::getName).orElse("事業所番号 " + officeNumber);
    }
}
