package jp.nintei.web;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request does not fit the current state of the resource; answered with 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class StateConflictException extends BadUserRequestException {

    public StateConflictException(String message) {
        super(message);
    }
}
