package jp.nintei.application;

import jp.nintei.web.StateConflictException;

/** The request does not fit where the case stands (e.g. withdrawing a decided case). */
public class CaseStateException extends StateConflictException {

    public CaseStateException(String message) {
        super(message);
    }
}
