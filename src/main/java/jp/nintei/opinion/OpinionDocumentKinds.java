package jp.nintei.opinion;

import java.util.Set;

/** The kinds under which the round trip's documents are issued (document.IssuedDocuments). */
public final class OpinionDocumentKinds {

    /** 主治医意見書作成依頼書; key = request reference; a reissued link is the next version. */
    public static final String REQUEST_LETTER = "OPINION_REQUEST_LETTER";
    /** 督促状; key = request reference + "/" + reminder number. */
    public static final String REMINDER_LETTER = "OPINION_REMINDER_LETTER";
    /** 修正依頼; key = request reference + "/v" + opinion version. */
    public static final String CORRECTION_LETTER = "OPINION_CORRECTION_LETTER";
    /** The submitted opinion; key = case id, version = opinion version. */
    public static final String OPINION = "PHYSICIAN_OPINION";

    public static final Set<String> LETTERS = Set.of(REQUEST_LETTER, REMINDER_LETTER, CORRECTION_LETTER);

    private OpinionDocumentKinds() {
    }

    /** Whether a letter's key belongs to the request with this reference. */
    public static boolean isLetterOf(String kind, String docKey, String reference) {
        return LETTERS.contains(kind) && (docKey.equals(reference) || docKey.startsWith(reference + "/"));
    }
}
