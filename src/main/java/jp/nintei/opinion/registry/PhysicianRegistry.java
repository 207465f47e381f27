package jp.nintei.opinion.registry;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.web.InvalidInputException;

/**
 * The register of medical institutions and physicians that opinions are requested from. The
 * application carries the attending physician as the applicant wrote it; staff pick the
 * registered physician, helped by {@link #candidates}.
 */
@Service
public class PhysicianRegistry {

    private final MedicalInstitutionRepository institutions;
    private final PhysicianRepository physicians;

    PhysicianRegistry(MedicalInstitutionRepository institutions, PhysicianRepository physicians) {
        this.institutions = institutions;
        this.physicians = physicians;
    }

    @Transactional(readOnly = true)
    public Optional<Physician> physician(String physicianCode) {
        return physicianCode == null ? Optional.empty() : physicians.findByPhysicianCode(physicianCode.strip());
    }

    @Transactional(readOnly = true)
    public Optional<MedicalInstitution> institution(String institutionCode) {
        return institutions.findByInstitutionCode(institutionCode);
    }

    @Transactional(readOnly = true)
    public List<MedicalInstitution> institutions() {
        return institutions.findAllByOrderByInstitutionCodeAsc();
    }

    @Transactional(readOnly = true)
    public List<Physician> physicians() {
        return physicians.findAllByOrderByPhysicianCodeAsc();
    }

    @Transactional(readOnly = true)
    public List<Physician> physiciansOf(MedicalInstitution institution) {
        return physicians.findByInstitutionOrderByPhysicianCodeAsc(institution);
    }

    /**
     * Requestable physicians matching the names filed with the application: the named physician
     * first, then others at the named institution, then the municipality's designated physicians.
     * Physicians in {@code excluded} (e.g. those who declined) are left out.
     */
    @Transactional(readOnly = true)
    public List<Physician> candidates(String physicianName, String institutionName, Collection<Long> excluded) {
        String wantedPhysician = normalise(physicianName);
        String wantedInstitution = normalise(institutionName);
        return physicians.findAllByOrderByPhysicianCodeAsc().stream()
                .filter(Physician::isRequestable)
                .filter(p -> !excluded.contains(p.getId()))
                .filter(p -> p.isDesignated() || matches(p.getName(), wantedPhysician)
                        || matches(p.getInstitution().getName(), wantedInstitution))
                .sorted(Comparator.comparingInt(p -> rank(p, wantedPhysician, wantedInstitution)))
                .toList();
    }

    @Transactional
    public MedicalInstitution saveInstitution(String institutionCode, InstitutionDetails details) {
        if (institutionCode == null || !institutionCode.matches("\\d{10}")) {
            throw new InvalidInputException("institutionCode", "医療機関コードは10桁の数字で入力してください");
        }
        if (details.electronicSubmission() && (details.email() == null || details.email().isBlank())) {
            throw new InvalidInputException("email", "電子で依頼する医療機関にはメールアドレスが必要です");
        }
        MedicalInstitution institution = institutions.findByInstitutionCode(institutionCode)
                .orElseGet(() -> new MedicalInstitution(institutionCode));
        institution.update(details);
        return institutions.save(institution);
    }

    @Transactional
    public Physician savePhysician(String institutionCode, String physicianCode, PhysicianDetails details) {
        if (physicianCode == null || !physicianCode.matches("[A-Za-z0-9-]{1,20}")) {
            throw new InvalidInputException("physicianCode", "医師コードは20文字以内の英数字とハイフンで入力してください");
        }
        MedicalInstitution institution = institutions.findByInstitutionCode(institutionCode)
                .orElseThrow(() -> new InvalidInputException("institutionCode",
                        "医療機関コード " + institutionCode + " は登録されていません。先に医療機関を登録してください"));
        Physician physician = physicians.findByPhysicianCode(physicianCode).orElseGet(() -> new Physician(physicianCode));
        physician.update(institution, details);
        return physicians.save(physician);
    }

    private static int rank(Physician p, String physician, String institution) {
        boolean name = matches(p.getName(), physician);
        boolean place = matches(p.getInstitution().getName(), institution);
        if (name && place) {
            return 0;
        }
        return name ? 1 : place ? 2 : 3;
    }

    private static boolean matches(String registered, String wanted) {
        return wanted != null && !wanted.isEmpty() && normalise(registered).equals(wanted);
    }

    /** 山田　太郎 and 山田太郎 are the same name; full-width letters and digits count as half-width. */
    static String normalise(String name) {
        if (name == null) {
            return null;
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
