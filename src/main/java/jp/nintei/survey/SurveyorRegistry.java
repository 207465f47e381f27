package jp.nintei.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.office.Office;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.security.CurrentUser;
import jp.nintei.security.Roles;
import jp.nintei.security.StaffDirectory;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

/** Which office each surveyor works for. */
@Service
public class SurveyorRegistry {

    /** A surveyor with their office, for lists and for the assignment rules. */
    public record Surveyor(String userId, String name, Office office) {

        public String label() {
            return name + "（" + office.getName() + "）";
        }
    }

    private final SurveyorProfileRepository profiles;
    private final OfficeRegistry offices;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    SurveyorRegistry(SurveyorProfileRepository profiles, OfficeRegistry offices, StaffDirectory staff,
            CurrentUser currentUser, BusinessClock clock) {
        this.profiles = profiles;
        this.offices = offices;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Links a surveyor to their office (or moves them to another one). */
    @Transactional
    public Surveyor register(String userId, String officeNumber, boolean active) {
        if (userId == null || !staff.hasRole(userId, Roles.SURVEYOR)) {
            throw new InvalidInputException("userId", "ユーザー「" + userId + "」は認定調査員グループに登録されていません");
        }
        Office office = offices.find(officeNumber).orElseThrow(() -> new InvalidInputException("officeNumber",
                "事業所番号「" + officeNumber + "」は事業所台帳に登録されていません"));
        SurveyorProfile profile = profiles.findById(userId).orElseGet(() -> new SurveyorProfile(userId));
        profile.update(office.getOfficeNumber(), active, clock.now(), currentUser.id());
        profiles.save(profile);
        return new Surveyor(userId, staff.displayName(userId), office);
    }

    /** An active surveyor with a registered office; a clear message otherwise. */
    @Transactional(readOnly = true)
    public Surveyor require(String userId) {
        if (!staff.hasRole(userId, Roles.SURVEYOR)) {
            throw new InvalidInputException("surveyorId", "調査員ID「" + userId + "」は認定調査員として登録されていません");
        }
        return find(userId).orElseThrow(() -> new InvalidInputException("surveyorId",
                "調査員「" + staff.displayName(userId) + "」の所属事業所が登録されていません（管理者が調査員の所属を登録してください）"));
    }

    @Transactional(readOnly = true)
    public Optional<Surveyor> find(String userId) {
        return profiles.findById(userId).filter(SurveyorProfile::isActive)
                .flatMap(p -> offices.find(p.getOfficeNumber()).map(o -> new Surveyor(userId, staff.displayName(userId), o)));
    }

    @Transactional(readOnly = true)
    public List<Surveyor> ofOffice(String officeNumber) {
        return profiles.findByOfficeNumberAndActiveTrueOrderByUserId(officeNumber).stream()
                .map(p -> find(p.getUserId())).flatMap(Optional::stream).toList();
    }

    @Transactional(readOnly = true)
    public List<Surveyor> all() {
        return profiles.findByActiveTrueOrderByOfficeNumberAscUserIdAsc().stream()
                .map(p -> find(p.getUserId())).flatMap(Optional::stream).toList();
    }
}
