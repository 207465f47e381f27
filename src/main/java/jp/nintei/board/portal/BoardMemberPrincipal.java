package jp.nintei.board.portal;

import java.io.Serializable;
import java.security.Principal;

/**
 * A logged-in board member. The name is prefixed ("board:") so that the audit log and
 * CurrentUser never confuse a member with a staff account of the same id.
 */
public record BoardMemberPrincipal(Long memberId, String loginId, String displayName) implements Principal, Serializable {

    public static final String NAME_PREFIX = "board:";

    @Override
    public String getName() {
        return NAME_PREFIX + loginId;
    }
}
