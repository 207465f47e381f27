package jp.nintei.board.portal;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import jp.nintei.board.member.BoardMember;
import jp.nintei.board.member.BoardMembers;

/**
 * The password step of the member login, against the board's own member register (not
 * Camunda's staff identities), with its own lockout after repeated wrong passwords. With
 * two-factor login on, the chain's second-factor configurer keeps only who passed this step
 * until the code is entered.
 */
class BoardMemberAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE = "BOARD_MEMBER";

    private final BoardMembers members;

    BoardMemberAuthenticationProvider(BoardMembers members) {
        this.members = members;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String loginId = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        switch (members.checkPassword(loginId, password)) {
            case ACCEPTED -> {
                return authenticated(members.get(loginId));
            }
            case LOCKED -> throw new LockedException("locked");
            default -> throw new BadCredentialsException("bad credentials");
        }
    }

    /** The member's full authentication (after the second factor, when that is on). */
    static Authentication authenticated(BoardMember member) {
        var principal = new BoardMemberPrincipal(member.getId(), member.getLoginId(), member.getName());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
