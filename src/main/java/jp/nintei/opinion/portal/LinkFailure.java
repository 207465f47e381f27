package jp.nintei.opinion.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One failed link look-up by one client (its address, hashed). */
@Entity
@Table(name = "opinion_link_failure")
class LinkFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String clientKey;
    private Instant occurredAt;

    protected LinkFailure() {
    }

    LinkFailure(String clientKey, Instant occurredAt) {
        this.clientKey = clientKey;
        this.occurredAt = occurredAt;
    }
}
