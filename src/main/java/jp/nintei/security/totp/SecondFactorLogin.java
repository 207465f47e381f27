package jp.nintei.security.totp;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The two-step login for any realm. A filter chain with form login adds
 * {@code .with(secondFactorLogin.configurer(realm), c -> {})}; after the password the session
 * holds only a {@link PendingSecondFactorAuthentication}, and the realm's second-factor pages
 * ({@link SecondFactorController}) turn it into the full authentication.
 */
@Component
public class SecondFactorLogin {

    private final TwoFactorProperties properties;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SecondFactorLogin(TwoFactorProperties properties) {
        this.properties = properties;
    }

    /** False only in the embedded demo when switched off; then the configurer changes nothing. */
    public boolean isEnabled() {
        return properties.enabled();
    }

    public SecondFactorConfigurer configurer(SecondFactorRealm realm) {
        return new SecondFactorConfigurer(realm, properties.enabled());
    }

    /** The pending login of this realm in the current request, if any. */
    Optional<PendingSecondFactorAuthentication> pending(SecondFactorRealm realm) {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth instanceof PendingSecondFactorAuthentication pending && pending.realm().equals(realm.name())) {
            return Optional.of(pending);
        }
        return Optional.empty();
    }

    /**
     * Both factors are done: the session gets the full authentication (roles read now), a new
     * id and a new CSRF token, as after a one-step login.
     *
     * The realm's authentication function may throw an AuthenticationException (e.g.
     * DisabledException) for an account that may no longer log in.
     *
     * @return where to go: the page first asked for, or the realm's start page; the login page
     *         with ?error when the account may no longer log in
     */
    String complete(SecondFactorRealm realm, String accountId, HttpServletRequest request,
            HttpServletResponse response) {
        var chain = realm.chain();
        Authentication full;
        try {
            full = realm.authenticationFor(accountId);
        } catch (AuthenticationException e) {
            // The account was disabled or removed between the two steps: no login.
            SecurityContext empty = contexts.createEmptyContext();
            contexts.setContext(empty);
            chain.contexts().saveContext(empty, request, response);
            return request.getContextPath() + realm.loginPage() + "?error";
        }
        chain.sessions().onAuthentication(full, request, response);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(full);
        contexts.setContext(context);
        chain.contexts().saveContext(context, request, response);
        SavedRequest saved = chain.requests().getRequest(request, response);
        if (saved != null) {
            chain.requests().removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return request.getContextPath() + realm.defaultTargetUrl();
    }
}
