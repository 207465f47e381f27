package jp.nintei.caremanager;

import static jp.nintei.security.SecurityConfig.path;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
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
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import jp.nintei.security.SecurityConfig;

/**
 * The care-manager portal's own door: /care-manager/**, office accounts (not Camunda users),
 * form login with a session and CSRF tokens. The login is kept in its own session attribute, so
 * a care manager's login never counts as a staff login on the staff chain (and vice versa).
 * A second factor (TOTP) is meant to slot in after the password: the password step would then
 * grant a pre-authenticated state, and ROLE_CARE_MANAGER only after the second step.
 */
@Configuration
class CareManagerSecurityConfig {

    static final int ORDER = SecurityConfig.STAFF_PAGES_ORDER - 60;
    static final String ROLE = "CARE_MANAGER";
    static final String CONTEXT_ATTRIBUTE = "NINTEI_CARE_MANAGER_SECURITY_CONTEXT";

    @Bean
    @Order(ORDER)
    SecurityFilterChain careManagerChain(HttpSecurity http, CareManagerAccounts accounts) throws Exception {
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/care-manager/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/care-manager/login?locked"));
        return http.securityMatcher(path("/care-manager/**"))
                // Only office accounts: without a parent manager, a staff password does not log in here.
                .authenticationManager(new ProviderManager(new OfficeAccountAuthentication(accounts)))
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/care-manager/login")).permitAll()
                        .anyRequest().hasRole(ROLE))
                .formLogin(form -> form.loginPage("/care-manager/login").loginProcessingUrl("/care-manager/login")
                        .defaultSuccessUrl("/care-manager", true).failureHandler(failure).permitAll())
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/care-manager/logout"))
                        .logoutSuccessUrl("/care-manager/login?logout"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/care-manager/login")))
                .headers(h -> h.frameOptions(f -> f.deny()))
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
                return UsernamePasswordAuthenticationToken.authenticated(success.principal(), null,
                        AuthorityUtils.createAuthorityList("ROLE_" + ROLE));
            }
            if (result instanceof CareManagerAccounts.LoginResult.Locked) {
                throw new LockedException("ログインに続けて失敗したため、しばらくログインできません");
            }
            throw new BadCredentialsException("ログインIDまたはパスワードが正しくありません");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
