package jp.nintei.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Staff log in with their Camunda identity: one account for the application's pages and the
 * Camunda webapps (the password step of the form login; the second factor follows). Camunda
 * groups become roles (group "staff" → ROLE_STAFF). Camunda also counts failed attempts and
 * locks the account after too many. Machine accounts (group "api-client") are refused here:
 * they use HTTP Basic on the APIs ({@link ApiClientAuthenticationProvider}).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    public CamundaIdentityAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identity.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("ユーザーIDまたはパスワードが正しくありません");
        }
        if (ApiClientAuthenticationProvider.isApiClient(identity, userId)) {
            throw new BadCredentialsException("API クライアント用アカウントでは画面にログインできません");
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities(userId));
    }

    List<GrantedAuthority> authorities(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(g -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + Roles.roleOfGroup(g.getId())))
                .toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
