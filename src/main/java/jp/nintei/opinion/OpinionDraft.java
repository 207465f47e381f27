package jp.nintei.opinion;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The physician's unsubmitted form of one request, as JSON; saved as often as they like. */
@Entity
public class OpinionDraft {

    @Id
    private Long requestId;

    private String content;
    private Instant savedAt;
    private String savedBy;

    protected OpinionDraft() {
    }

    OpinionDraft(Long requestId) {
        this.requestId = requestId;
    }

    void save(String content, Instant at, String by) {
        this.content = content;
        this.savedAt = at;
        this.savedBy = by;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getContent() {
        return content;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
