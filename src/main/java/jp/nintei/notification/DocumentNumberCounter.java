package jp.nintei.notification;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** The last 文書番号 given out by an insurer in a fiscal year. */
@Entity
class DocumentNumberCounter {

    @Embeddable
    record Key(Long insurerId, int fiscalYear) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    private int lastNumber;

    protected DocumentNumberCounter() {
    }

    DocumentNumberCounter(Key id) {
        this.id = id;
    }

    int next() {
        return ++lastNumber;
    }
}
