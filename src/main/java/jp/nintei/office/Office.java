package jp.nintei.office;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An office identified by its 事業所番号 (10 digits). */
@Entity
public class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String officeNumber;
    private String name;

    @Enumerated(EnumType.STRING)
    private OfficeKind kind;

    private String address;
    private String phone;

    protected Office() {
    }

    public Office(String officeNumber, String name, OfficeKind kind) {
        this.officeNumber = officeNumber;
        this.name = name;
        this.kind = kind;
    }

    void update(String name, OfficeKind kind, String address, String phone) {
        this.name = name;
        this.kind = kind;
        this.address = address;
        this.phone = phone;
    }

    public Long getId() {
        return id;
    }

    public String getOfficeNumber() {
        return officeNumber;
    }

    public String getName() {
        return name;
    }

    public OfficeKind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }
}
