package jp.nintei.security.totp;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * What the session holds between the password and the second factor: who gave the right
 * password, in which realm, and nothing else. It has no authorities and is not authenticated,
 * so no access rule, no Camunda webapp and no Camunda API lets it through.
 */
public final class PendingSecondFactorAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final String realm;
    private final String accountId;

    PendingSecondFactorAuthentication(String realm, String accountId) {
        super(List.of());
        this.realm = realm;
        this.accountId = accountId;
        super.setAuthenticated(false);
    }

    public String realm() {
        return realm;
    }

    public String accountId() {
        return accountId;
    }

    @Override
    public Object getPrincipal() {
        return accountId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a pending second factor is never authenticated");
        }
        super.setAuthenticated(false);
    }
}
