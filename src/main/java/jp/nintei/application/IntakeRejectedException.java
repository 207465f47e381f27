package jp.nintei.application;

import java.util.List;

import jp.nintei.web.InvalidInputException;
import jp.nintei.web.Violation;

/** The application cannot be accepted as filed (answered with 422); nothing has been stored. */
public class IntakeRejectedException extends InvalidInputException {

    public IntakeRejectedException(List<Violation> violations) {
        super(violations);
    }
}
