package jp.nintei.opinion.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** 医療機関 in the municipality's register, identified by its 10-digit 医療機関コード. */
@Entity
public class MedicalInstitution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String institutionCode;
    private String name;
    private String postalCode;
    private String address;
    private String phone;
    private String fax;
    private String email;

    /** Takes requests by mail and answers through the portal; otherwise requests go by post. */
    private boolean electronicSubmission;

    private boolean active;

    protected MedicalInstitution() {
    }

    MedicalInstitution(String institutionCode) {
        this.institutionCode = institutionCode;
        this.active = true;
    }

    void update(InstitutionDetails details) {
        this.name = details.name();
        this.postalCode = details.postalCode();
        this.address = details.address();
        this.phone = details.phone();
        this.fax = details.fax();
        this.email = details.email();
        this.electronicSubmission = details.electronicSubmission();
        this.active = details.active();
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getName() {
        return name;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getFax() {
        return fax;
    }

    public String getEmail() {
        return email;
    }

    public boolean isElectronicSubmission() {
        return electronicSubmission;
    }

    public boolean isActive() {
        return active;
    }
}
