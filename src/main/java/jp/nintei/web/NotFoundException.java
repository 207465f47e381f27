package jp.nintei.web;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends BadUserRequestException {

    public NotFoundException(String message) {
        super(message);
    }
}
