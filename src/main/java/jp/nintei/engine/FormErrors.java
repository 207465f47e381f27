package jp.nintei.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import jp.nintei.web.InvalidInputException;

/**
 * Makes Tasklist show a refused form as a 400 with the Japanese message. Camunda wraps anything a
 * task listener throws into a 500 ("ENGINE-03051 … TaskListener"); its REST API answers 400 only
 * for a FormFieldValidationException from the completion itself. So forms whose values must be
 * checked complete into a service task that checks them through this method.
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
