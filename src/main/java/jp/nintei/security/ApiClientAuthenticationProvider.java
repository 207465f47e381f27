package jp.nintei.security;

import java.time.Clock;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic on /api/** and /engine-rest/** is for machine clients only (認定ソフト bridge,
 * integration systems): Camunda users in the group "api-client" whose password is a long
 * generated secret. People log in on the pages with their password and a second factor; their
 * password alone opens no API, or Basic would be a way around two-factor login.
 */
@Component
public class ApiClientAuthenticationProvider implements AuthenticationProvider {

    /** A generated secret, e.g. `openssl rand -base64 32` (44 characters); people's passwords are shorter. */
    public static final int MIN_SECRET_LENGTH = 32;

    private static final Logger log = LoggerFactory.getLogger(ApiClientAuthenticationProvider.class);

    private final IdentityService identity;
    private final CamundaIdentityAuthenticationProvider staff;
    private final VerifiedSecrets verified = new VerifiedSecrets(Clock.systemUTC());

    ApiClientAuthenticationProvider(IdentityService identity, CamundaIdentityAuthenticationProvider staff) {
        this.identity = identity;
        this.staff = staff;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String clientId = authentication.getName();
        Object credentials = authentication.getCredentials();
        // A short secret is refused before Camunda checks it: it cannot be an API client's, and a
        // person's password tried here should not count towards their account's lock.
        if (clientId == null || clientId.isBlank() || credentials == null
                || credentials.toString().length() < MIN_SECRET_LENGTH) {
            throw new BadCredentialsException("API クライアントのIDまたは秘密鍵が正しくありません");
        }
        if (!checkSecret(clientId, credentials.toString())) {
            throw new BadCredentialsException("API クライアントのIDまたは秘密鍵が正しくありません");
        }
        if (!isApiClient(identity, clientId)) {
            log.warn("HTTP Basic refused for {}: not in group {} (people use the login page with a second factor)",
                    clientId, Roles.groupId(Roles.API_CLIENT));
            throw new BadCredentialsException("HTTP Basic は API クライアント用アカウントだけが使えます");
        }
        return UsernamePasswordAuthenticationToken.authenticated(clientId, null, staff.authorities(clientId));
    }

    /** Camunda's check (PBKDF2, failed-attempt lock) unless this secret was verified against the same stored hash lately. */
    private boolean checkSecret(String clientId, String secret) {
        String storedHash = storedHash(clientId);
        if (verified.isVerified(clientId, storedHash, secret)) {
            return true;
        }
        if (!identity.checkPassword(clientId, secret)) {
            return false;
        }
        verified.remember(clientId, storedHash, secret);
        return true;
    }

    private String storedHash(String clientId) {
        User user = identity.createUserQuery().userId(clientId).singleResult();
        return user instanceof UserEntity entity ? entity.getPassword() + "|" + entity.getSalt() : null;
    }

    static boolean isApiClient(IdentityService identity, String userId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(Roles.groupId(Roles.API_CLIENT)).count() > 0;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
