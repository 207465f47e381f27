package jp.nintei.caremanager;

import static jp.nintei.security.SecurityConfig.path;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import jp.nintei.security.SecurityConfig;
import jp.nintei.security.totp.SecondFactorLogin;
import jp.nintei.security.totp.SecondFactorRealm;

/**
 * The care-manager portal's own door: /care-manager/**, office accounts (not Camunda users),
 * form login with a session and CSRF tokens. The login is kept in its own session attribute, so
 * a care manager's login never counts as a staff login on the staff chain (and vice versa).
 * After the password a TOTP code follows (security.totp, pages under /care-manager/login/second-factor):
 * the password step grants only a pending state, ROLE_CARE_MANAGER comes with the second step.
 */
@Configuration
class CareManagerSecurityConfig {

    static final int ORDER = SecurityConfig.STAFF_PAGES_ORDER - 60;
    static final String ROLE = "CARE_MANAGER";
    /** The realm's key in the second-factor store; never change it. */
    static final String REALM = "care-manager";
    static final String CONTEXT_ATTRIBUTE = "NINTEI_CARE_MANAGER_SECURITY_CONTEXT";
    static final String SAVED_REQUEST_ATTRIBUTE = "NINTEI_CARE_MANAGER_SAVED_REQUEST";

    /** Office accounts log in with their password and then a TOTP code, like staff and board members. */
    @Bean
    SecondFactorRealm careManagerRealm(CareManagerAccounts accounts) {
        return SecondFactorRealm.builder(REALM, "/care-manager")
                .displayName("居宅介護支援事業所")
                .loginPage("/care-manager/login")
                .defaultTargetUrl("/care-manager")
                .accountId(auth -> ((CareManagerPrincipal) auth.getPrincipal()).loginId())
                // Read again after the code: an account deactivated in between does not log in.
                .authentication(loginId -> OfficeAccountAuthentication.authenticated(accounts.activePrincipal(loginId)
                        .orElseThrow(() -> new DisabledException(loginId))))
                .build();
    }

    @Bean
    @Order(ORDER)
    SecurityFilterChain careManagerChain(HttpSecurity http, CareManagerAccounts accounts, SecondFactorLogin secondFactor,
            @Qualifier("careManagerRealm") SecondFactorRealm realm) throws Exception {
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        // Its own saved request: a staff login in the same browser never continues to a care-manager page.
        var requests = new HttpSessionRequestCache();
        requests.setSessionAttrName(SAVED_REQUEST_ATTRIBUTE);
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/care-manager/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/care-manager/login?locked"));
        return http.securityMatcher(path("/care-manager/**"))
                // Only office accounts: without a parent manager, a staff password does not log in here.
                .authenticationManager(new ProviderManager(new OfficeAccountAuthentication(accounts)))
                .securityContext(c -> c.securityContextRepository(contexts))
                .requestCache(c -> c.requestCache(requests))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/care-manager/login")).permitAll()
                        .requestMatchers(realm.secondFactorPages()).permitAll()
                        .anyRequest().hasRole(ROLE))
                .formLogin(form -> form.loginPage("/care-manager/login").loginProcessingUrl("/care-manager/login")
                        .defaultSuccessUrl("/care-manager", true).failureHandler(failure).permitAll())
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/care-manager/logout"))
                        .logoutSuccessUrl("/care-manager/login?logout"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/care-manager/login")))
                .headers(h -> h.frameOptions(f -> f.deny()))
                .with(secondFactor.configurer(realm), c -> { })
                .build();
    }

    /** Checks an office account's password; not a bean, so it serves this chain only. */
    static final class OfficeAccountAuthentication implements AuthenticationProvider {

        private final CareManagerAccounts accounts;

        OfficeAccountAuthentication(CareManagerAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            Object credentials = authentication.getCredentials();
            var result = accounts.login(authentication.getName(), credentials == null ? null : credentials.toString());
            if (result instanceof CareManagerAccounts.LoginResult.Success success) {
                return authenticated(success.principal());
            }
            if (result instanceof CareManagerAccounts.LoginResult.Locked) {
                throw new LockedException("ログインに続けて失敗したため、しばらくログインできません");
            }
            throw new BadCredentialsException("ログインIDまたはパスワードが正しくありません");
        }

        static Authentication authenticated(CareManagerPrincipal principal) {
            return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    AuthorityUtils.createAuthorityList("ROLE_" + ROLE));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
