package jp.nintei.engine;

import java.util.Date;
import java.util.Map;
import java.util.Optional;

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

    /** The open user task with that definition key in any process instance of the case. */
    Optional<CaseTask> openTask(String caseId, String taskKey);

    /** Completes a user task on behalf of the application (its own checks have passed). */
    void completeTask(String taskId, Map<String, Object> variables);

    void setTaskDueDate(String taskId, Date dueDate);

    /** The case id (business key) and topic of an external task, if it exists. */
    Optional<ExternalWork> externalTask(String externalTaskId);

    /** Completes an external task locked by the worker with these variables. */
    void completeExternalTask(String externalTaskId, String workerId, Map<String, Object> variables);

    /**
     * Reports that the worker's result cannot be used: no retries left, so Cockpit shows an
     * incident with the message until an operator sets the retries again.
     */
    void failExternalTask(String externalTaskId, String workerId, String message, String details);

    /** Evaluates a DMN decision table; the outputs of the single matching rule, or empty. */
    Map<String, Object> decide(String decisionKey, Map<String, Object> inputs);

    /** An external task: its case, topic, the worker holding the lock and the retries left. */
    record ExternalWork(String id, String caseId, String topic, String workerId, Integer retries) {
    }

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
