package jp.nintei.insured;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** 被保険者. Master data kept in step with the insurer's 資格管理 system. */
@Entity
public class InsuredPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Insurer insurer;

    private String insuredNumber;
    private String name;
    private String nameKana;
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private String postalCode;
    private String address;
    private String phone;

    /** For a 第2号被保険者: the 特定疾病 on record, if any. */
    @Enumerated(EnumType.STRING)
    private SpecifiedDisease specifiedDisease;

    protected InsuredPerson() {
    }

    public InsuredPerson(Insurer insurer, String insuredNumber, String name, String nameKana,
            LocalDate birthDate, Sex sex, String address) {
        this.insurer = insurer;
        this.insuredNumber = insuredNumber;
        this.name = name;
        this.nameKana = nameKana;
        this.birthDate = birthDate;
        this.sex = sex;
        this.address = address;
    }

    public void updateContact(String postalCode, String address, String phone) {
        this.postalCode = postalCode;
        this.address = address;
        this.phone = phone;
    }

    public void updateIdentity(String name, String nameKana, LocalDate birthDate, Sex sex) {
        this.name = name;
        this.nameKana = nameKana;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    public void setSpecifiedDisease(SpecifiedDisease specifiedDisease) {
        this.specifiedDisease = specifiedDisease;
    }

    public int ageOn(LocalDate date) {
        return InsuranceCategory.ageOn(birthDate, date);
    }

    public Long getId() {
        return id;
    }

    public Insurer getInsurer() {
        return insurer;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public String getName() {
        return name;
    }

    public String getNameKana() {
        return nameKana;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
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

    public SpecifiedDisease getSpecifiedDisease() {
        return specifiedDisease;
    }
}
