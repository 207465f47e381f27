package jp.nintei.board.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

/**
 * 介護認定審査会委員: appointed for a term from one field, possibly employed by an office and
 * possibly also working as a surveyor; both matter for recusal. Logs in to the member portal
 * with a login id and a password stored as a hash.
 */
@Entity
public class BoardMember {

    /** As for staff (Camunda's login-max-attempts): the account locks after this many failures. */
    public static final int MAX_FAILED_LOGINS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String loginId;
    private String name;
    private String nameKana;

    @Enumerated(EnumType.STRING)
    private MemberField field;

    private String profession;
    private String officeNumber;
    private String surveyorUserId;
    private String email;
    private LocalDate termFrom;
    private LocalDate termTo;
    private String passwordHash;
    private int failedLogins;
    private Instant lockedUntil;
    private boolean active;

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<MemberRelative> relatives = new ArrayList<>();

    @Version
    private long version;

    protected BoardMember() {
    }

    BoardMember(String loginId) {
        this.loginId = loginId;
        this.active = true;
    }

    void update(MemberRegistration r) {
        this.name = r.name();
        this.nameKana = r.nameKana();
        this.field = r.field();
        this.profession = r.profession();
        this.officeNumber = r.officeNumber();
        this.surveyorUserId = r.surveyorUserId();
        this.email = r.email();
        this.termFrom = r.termFrom();
        this.termTo = r.termTo();
        this.active = r.active();
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void replaceRelatives(List<MemberRegistration.Relative> declared) {
        relatives.clear();
        declared.forEach(r -> relatives.add(new MemberRelative(this, r.insuredNumber(), r.relation())));
    }

    void loginFailed(Instant at, java.time.Duration lockFor) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = at.plus(lockFor);
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /** Whether the member's term of office covers the day (a member out of term cannot sit). */
    public boolean servesOn(LocalDate day) {
        return active && !day.isBefore(termFrom) && !day.isAfter(termTo);
    }

    public Optional<MemberRelative> relativeOf(String insuredNumber) {
        return relatives.stream().filter(r -> r.getInsuredNumber().equals(insuredNumber)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getName() {
        return name;
    }

    public String getNameKana() {
        return nameKana;
    }

    public MemberField getField() {
        return field;
    }

    public String getProfession() {
        return profession;
    }

    public String getOfficeNumber() {
        return officeNumber;
    }

    public String getSurveyorUserId() {
        return surveyorUserId;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getTermFrom() {
        return termFrom;
    }

    public LocalDate getTermTo() {
        return termTo;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public boolean isActive() {
        return active;
    }

    public List<MemberRelative> getRelatives() {
        return List.copyOf(relatives);
    }
}
