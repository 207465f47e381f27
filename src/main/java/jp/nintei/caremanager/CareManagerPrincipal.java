package jp.nintei.caremanager;

import java.io.Serializable;
import java.security.Principal;

/**
 * The logged-in care manager and the office they act for. Its name, which the audit log and
 * the case history record, is prefixed so it never passes for a staff user id.
 */
public record CareManagerPrincipal(long accountId, String loginId, String displayName, String officeNumber,
        String officeName) implements Principal, Serializable {

    public static final String NAME_PREFIX = "care-manager:";

    @Override
    public String getName() {
        return NAME_PREFIX + loginId;
    }

    @Override
    public String toString() {
        return getName();
    }
}
