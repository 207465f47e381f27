package jp.nintei.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Links a surveyor's user id to the office (事業所番号) they survey for. */
@Entity
public class SurveyorProfile {

    @Id
    private String userId;

    private String officeNumber;
    private boolean active;
    private Instant updatedAt;
    private String updatedBy;

    protected SurveyorProfile() {
    }

    SurveyorProfile(String userId) {
        this.userId = userId;
    }

    void update(String officeNumber, boolean active, Instant at, String by) {
        this.officeNumber = officeNumber;
        this.active = active;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getUserId() {
        return userId;
    }

    public String getOfficeNumber() {
        return officeNumber;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
