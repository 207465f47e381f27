package jp.nintei.security;

import java.util.Locale;
import java.util.Map;

/**
 * Staff roles. Each is a Camunda group (ids are plain lower-case words, as Camunda's id rules
 * require); Spring Security sees a member of group "staff" as having ROLE_STAFF.
 */
public final class Roles {

    /** Municipal certification staff (保険者 職員): intake, checks, decisions, notices. */
    public static final String STAFF = "STAFF";
    /** Supervisors: receive escalations (overdue surveys, missing opinions). */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** 認定調査員, municipal or from a contracted office. */
    public static final String SURVEYOR = "SURVEYOR";
    /** 介護認定審査会 事務局. */
    public static final String BOARD_SECRETARIAT = "BOARD_SECRETARIAT";
    /** Auditors read the audit log; they see no case data otherwise. */
    public static final String AUDITOR = "AUDITOR";
    /** Operators and administrators (Camunda's own admin group). */
    public static final String ADMIN = "CAMUNDA_ADMIN";
    /**
     * Machine clients of /api and /engine-rest (HTTP Basic with a long generated secret). A
     * member is no person: it cannot log in to the pages; its other groups give its rights.
     */
    public static final String API_CLIENT = "API_CLIENT";

    public static final String[] ALL = {STAFF, SUPERVISOR, SURVEYOR, BOARD_SECRETARIAT, AUDITOR, ADMIN};

    private Roles() {
    }

    private static final Map<String, String> GROUP_OF_ROLE = Map.of(
            STAFF, "staff",
            SUPERVISOR, "supervisor",
            SURVEYOR, "surveyor",
            BOARD_SECRETARIAT, "secretariat",
            AUDITOR, "auditor",
            ADMIN, "camunda-admin",
            API_CLIENT, "api-client");

    public static String groupId(String role) {
        String group = GROUP_OF_ROLE.get(role);
        if (group == null) {
            throw new IllegalArgumentException("unknown role " + role);
        }
        return group;
    }

    /** The role of a Camunda group; groups created by operators map to their upper-cased id. */
    public static String roleOfGroup(String groupId) {
        return GROUP_OF_ROLE.entrySet().stream()
                .filter(e -> e.getValue().equals(groupId))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(groupId.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
