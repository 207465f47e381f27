package jp.nintei.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an insurer's letters print as sender, and the bodies its 教示文 names. */
@Entity
@Table(name = "notice_letterhead")
class Letterhead {

    @Id
    private Long insurerId;

    private String issuerName;
    private String department;
    private String postalCode;
    private String address;
    private String phone;
    private String documentNumberPrefix;
    private String appealBody;
    private String defendant;
    private String defendantRepresentative;

    protected Letterhead() {
    }

    Letterhead(Long insurerId) {
        this.insurerId = insurerId;
    }

    void update(LetterheadRequest r) {
        this.issuerName = r.issuerName();
        this.department = r.department();
        this.postalCode = r.postalCode();
        this.address = r.address();
        this.phone = r.phone();
        this.documentNumberPrefix = r.documentNumberPrefix();
        this.appealBody = r.appealBody();
        this.defendant = r.defendant();
        this.defendantRepresentative = r.defendantRepresentative();
    }

    Sender toSender() {
        return new Sender(issuerName, department, postalCode, address, phone, documentNumberPrefix, appealBody,
                defendant, defendantRepresentative, true);
    }

    Long getInsurerId() {
        return insurerId;
    }
}
