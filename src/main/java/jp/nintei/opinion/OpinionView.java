package jp.nintei.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.nintei.opinion.OpinionChoices.FeeCategory;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;

/**
 * One version of a case's 主治医意見書, whole: who wrote it, the typed content, and every item as
 * labelled text in the form's order (sections 基本情報 and 1–5). Pages, the opinion PDF and the
 * board packet all print {@link #sections()}, so an item reads the same everywhere. The
 * physician and institution names are separate fields so a masked edition can leave them out.
 */
public record OpinionView(String caseId, int version, OpinionStatus status, OpinionSource source,
        String physicianName, String institutionName, LocalDate writtenDate, LocalDate receivedDate,
        Instant recordedAt, BedriddenLevel bedriddenLevel, DementiaLevel dementiaLevel, boolean consentToShare,
        FeeCategory feeCategory, String sendBackReason, Long documentId, OpinionContent content,
        List<String> specialMedicalCare, List<Section> sections) {

    /** A heading of the form and its items. */
    public record Section(String title, List<Item> items) {
    }

    /** One item: the form's label and the answer as text ("なし", "右上肢（程度: 中）", …). */
    public record Item(String label, String value) {
    }

    /** The section by the number the form gives it (1–5), or 0 for the header. */
    public Section section(int number) {
        return sections.get(number);
    }
}
