package jp.nintei.survey;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jp.nintei.security.Roles;

/**
 * Who may open a case's survey pages: staff, supervisors and administrators always; a surveyor
 * only the survey assigned to them (or to their office, while nobody has claimed it) and the
 * surveys they submitted. Corrections are for staff only.
 */
@Component
class SurveyAccess {

    private static final Set<String> STAFF_ROLES = Set.of("ROLE_" + Roles.STAFF, "ROLE_" + Roles.SUPERVISOR,
            "ROLE_" + Roles.ADMIN);

    private final SurveyEntryService entry;
    private final SurveyService surveys;

    SurveyAccess(SurveyEntryService entry, SurveyService surveys) {
        this.entry = entry;
        this.surveys = surveys;
    }

    boolean isStaff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(STAFF_ROLES::contains);
    }

    String user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }

    /** The first entry: staff, or the surveyor the open entry task is for. */
    void requireEntry(String caseId) {
        if (isStaff()) {
            return;
        }
        boolean assigned = entry.entryTask(caseId).map(t -> t.isFor(user())).orElse(false);
        if (!assigned) {
            throw new AccessDeniedException("この認定調査はあなたに割り当てられていません");
        }
    }

    void requireStaff() {
        if (!isStaff()) {
            throw new AccessDeniedException("この操作は認定担当職員のみ行えます");
        }
    }

    /** Reading: staff, the surveyor the entry is for, or the surveyor of a submitted version. */
    void requireView(String caseId) {
        if (isStaff() || entry.entryTask(caseId).map(t -> t.isFor(user())).orElse(false)) {
            return;
        }
        boolean surveyedIt = surveys.versions(caseId).stream().anyMatch(v -> v.surveyorId().equals(user()));
        if (!surveyedIt) {
            throw new AccessDeniedException("この認定調査を閲覧する権限がありません");
        }
    }
}
