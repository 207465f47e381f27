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
 * Camunda's staff identities). A second factor would be a further step after this one: this
 * provider would then grant only {@link #PASSWORD_VERIFIED} and the second step the member role.
 */
class BoardMemberAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE = "BOARD_MEMBER";
    static final String PASSWORD_VERIFIED = "BOARD_PASSWORD_VERIFIED";

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
                BoardMember member = members.get(loginId);
                var principal = new BoardMemberPrincipal(member.getId(), member.getLoginId(), member.getName());
                return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of(
                        new SimpleGrantedAuthority(PASSWORD_VERIFIED), new SimpleGrantedAuthority("ROLE_" + ROLE)));
            }
            case LOCKED -> throw new LockedException("locked");
            default -> throw new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
