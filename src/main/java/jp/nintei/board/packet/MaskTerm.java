package jp.nintei.board.packet;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A word the secretariat masks in one case's free text, beyond the automatic identifiers. */
@Entity
@Table(name = "board_mask_term")
public class MaskTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String caseId;
    private String term;

    protected MaskTerm() {
    }

    MaskTerm(String caseId, String term) {
        this.caseId = caseId;
        this.term = term;
    }

    public String getTerm() {
        return term;
    }
}
