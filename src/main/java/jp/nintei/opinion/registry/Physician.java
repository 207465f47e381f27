package jp.nintei.opinion.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A physician who writes 主治医意見書, at one medical institution. */
@Entity
public class Physician {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The municipality's own code for the physician, typed by staff when choosing. */
    private String physicianCode;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private MedicalInstitution institution;

    private String name;
    private String nameKana;
    private String department;

    /** 市町村が指定する医師: asked when the applicant names no attending physician. */
    private boolean designated;

    private boolean active;

    protected Physician() {
    }

    Physician(String physicianCode) {
        this.physicianCode = physicianCode;
        this.active = true;
    }

    void update(MedicalInstitution institution, PhysicianDetails details) {
        this.institution = institution;
        this.name = details.name();
        this.nameKana = details.nameKana();
        this.department = details.department();
        this.designated = details.designated();
        this.active = details.active();
    }

    public Long getId() {
        return id;
    }

    public String getPhysicianCode() {
        return physicianCode;
    }

    public MedicalInstitution getInstitution() {
        return institution;
    }

    public String getName() {
        return name;
    }

    public String getNameKana() {
        return nameKana;
    }

    public String getDepartment() {
        return department;
    }

    public boolean isDesignated() {
        return designated;
    }

    public boolean isActive() {
        return active;
    }

    /** Active here and at an active institution: may be asked for an opinion. */
    public boolean isRequestable() {
        return active && institution.isActive();
    }
}
