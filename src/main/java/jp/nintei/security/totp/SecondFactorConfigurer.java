package jp.nintei.security.totp;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.config.annotation.web.configurers.RememberMeConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Puts the second step into a filter chain that has form login:
 * <ul>
 * <li>the password step yields a {@link PendingSecondFactorAuthentication} instead of the
 * account's authentication (the form login's AuthenticationManager is wrapped), and redirects to
 * the realm's second-factor page;</li>
 * <li>a pending session that asks for anything protected is sent to that page (or gets 401 on
 * the realm's API requests) instead of a bare 403;</li>
 * <li>HTTP Basic or remember-me in the same chain would bypass the second step: refused.</li>
 * </ul>
 * With two-factor login off (embedded demo only) it changes nothing.
 */
public final class SecondFactorConfigurer extends AbstractHttpConfigurer<SecondFactorConfigurer, HttpSecurity> {

    private final SecondFactorRealm realm;
    private final boolean enabled;
    private AccessDeniedHandler otherwiseDenied = new AccessDeniedHandlerImpl();

    SecondFactorConfigurer(SecondFactorRealm realm, boolean enabled) {
        this.realm = realm;
        this.enabled = enabled;
    }

    /** The chain's own handler for users who are fully logged in but lack a role (default: 403). */
    public SecondFactorConfigurer otherwiseDenied(AccessDeniedHandler handler) {
        this.otherwiseDenied = handler;
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void init(HttpSecurity http) throws Exception {
        if (!enabled) {
            return;
        }
        if (http.getConfigurer(HttpBasicConfigurer.class) != null || http.getConfigurer(RememberMeConfigurer.class) != null) {
            throw new IllegalStateException("realm " + realm.name() + ": HTTP Basic and remember-me would skip the "
                    + "second factor; give machine clients their own chain");
        }
        FormLoginConfigurer<HttpSecurity> form = http.getConfigurer(FormLoginConfigurer.class);
        if (form == null) {
            throw new IllegalStateException("realm " + realm.name() + ": the second factor follows a form login");
        }
        var redirect = new DefaultRedirectStrategy();
        form.successHandler((request, response, auth) -> redirect.sendRedirect(request, response, realm.verifyPage()));
        form.addObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                AuthenticationManager passwords = http.getSharedObject(AuthenticationManager.class);
                filter.setAuthenticationManager(attempt -> pending(passwords.authenticate(attempt)));
                return filter;
            }
        });
        http.exceptionHandling(e -> e.accessDeniedHandler(new SecondFactorAccessDeniedHandler(realm, otherwiseDenied)));
    }

    @Override
    public void configure(HttpSecurity http) {
        if (!enabled) {
            return;
        }
        SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
        SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
        RequestCache requests = http.getSharedObject(RequestCache.class);
        realm.attach(new SecondFactorRealm.ChainSupport(
                sessions != null ? sessions : (auth, request, response) -> request.changeSessionId(),
                contexts != null ? contexts : new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()),
                requests != null ? requests : new HttpSessionRequestCache()));
    }

    /** The password was right: keep only who it was, not what they may do. */
    private Authentication pending(Authentication passwordChecked) {
        return new PendingSecondFactorAuthentication(realm.name(), realm.accountIdOf(passwordChecked));
    }
}
