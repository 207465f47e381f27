package jp.nintei.document;

import java.util.Objects;

/**
 * A document about to be issued. {@code kind} names the document type (e.g. DECISION_NOTICE),
 * {@code key} what it is about (usually the case id; a session and member for packets): each
 * kind and key has its own version sequence.
 */
public record DocumentDraft(String caseId, String kind, String key, String title, String fileName,
        String mediaType, byte[] content) {

    public static final String PDF = "application/pdf";

    public DocumentDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        content = content.clone();
    }

    /** A PDF about one case, keyed by the case id. */
    public static DocumentDraft casePdf(String caseId, String kind, String title, String fileName, byte[] pdf) {
        return new DocumentDraft(caseId, kind, caseId, title, fileName, PDF, pdf);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
