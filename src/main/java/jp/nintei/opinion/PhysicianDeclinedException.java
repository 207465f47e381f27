package jp.nintei.opinion;

/** The business outcome "the physician cannot write it"; the delegate turns it into a BpmnError. */
class PhysicianDeclinedException extends RuntimeException {

    PhysicianDeclinedException(String caseId) {
        super("physician declined the opinion of case " + caseId);
    }
}
