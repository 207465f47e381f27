package jp.nintei.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import jp.nintei.web.InvalidInputException;

/**
 * Makes a refused form a form validation error (Tasklist: 400 with the Japanese message). Camunda
 * wraps anything a task listener throws ("ENGINE-03051 … TaskListener"), which its REST API would
 * answer with 500; {@link EngineRestErrors} now unwraps our exceptions there too, but a service
 * task after the user task that checks through this method keeps the check out of the listener
 * and gives the engine's own FormFieldValidationException.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void asFormError(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            throw new FormFieldValidationException(e.violations(), e.getMessage(), e);
        }
    }
}
