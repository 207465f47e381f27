package jp.nintei.resident;

import java.io.Serializable;
import java.security.Principal;

/**
 * Who acts in the resident channel. For the API: the portal client, acting for the insured
 * number of the request. For the page: the resident, who came through a link for their number.
 */
public record ResidentPrincipal(Kind kind, String clientId, String insuredNumber) implements Principal, Serializable {

    public enum Kind {
        /** A portal system authenticated with its client id and secret. */
        CLIENT,
        /** A resident in a browser session opened from a page link. */
        RESIDENT
    }

    static ResidentPrincipal client(String clientId) {
        return new ResidentPrincipal(Kind.CLIENT, clientId, null);
    }

    static ResidentPrincipal resident(String clientId, String insuredNumber) {
        return new ResidentPrincipal(Kind.RESIDENT, clientId, insuredNumber);
    }

    /** What the audit log records as the actor. */
    @Override
    public String getName() {
        return kind == Kind.CLIENT ? "resident-client:" + clientId : "resident:" + insuredNumber;
    }

    @Override
    public String toString() {
        return getName();
    }
}
