package jp.nintei.engine;

import java.util.Map;

/**
 * The few things the application asks of the process engine. Features call this instead of
 * Camunda's services, so that moving off Camunda 7 CE to a fork is a change in one class.
 */
public interface CaseEngine {

    /** Starts the certification process for a case; the case id is the business key. */
    void startCase(String caseId, Map<String, Object> variables);

    /** Delivers a message to the case's process; false when no instance waits for it. */
    boolean correlate(String messageName, String caseId, Map<String, Object> variables);

    /** Whether the case's certification process has finished the given activity (e.g. a stage). */
    boolean hasCompleted(String caseId, String activityId);

    /** Whether the case's certification process is still running. */
    boolean isRunning(String caseId);

    /**
     * Starts another process under its own business key: another process of a case (e.g. the
     * renewal reminder of its certification), or one that is not a case (a review-board session).
     */
    void startProcess(String processKey, String businessKey, Map<String, Object> variables);

    /**
     * Sets variables on the execution of every open task with this definition key; the function
     * gets the task's business key (the case id) and returns the variables, or null for none.
     */
    void updateOpenTasks(String taskDefinitionKey, java.util.function.Function<String, Map<String, Object>> variables);

    /**
     * Moves the due date of the timer waiting at the activity in the instances with the business
     * key, and the due date of those instances' open tasks that have one (the task the timer watches).
     */
    void rescheduleTimer(String businessKey, String activityId, java.util.Date dueDate);
}
