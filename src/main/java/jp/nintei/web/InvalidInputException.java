package jp.nintei.web;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be accepted; answered with 400 and the violations. Nothing was changed.
 * The web exceptions extend Camunda's BadUserRequestException so that the engine REST API and
 * Tasklist, which call the same services through listeners, also answer 400 with the message.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends BadUserRequestException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" / ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
