package jp.nintei.opinion;

/**
 * What a valid link grants: one request of one case, to edit (until submission) or to read what
 * was submitted (until staff accept it or the link expires).
 */
public record LinkAccess(long linkId, long requestId, String caseId, String physicianCode, boolean editable) {

    /** The actor recorded in history and audit for what the physician does through the link. */
    public String actor() {
        return "physician:" + physicianCode;
    }
}
