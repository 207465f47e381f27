package jp.nintei.resident;

import static jp.nintei.security.SecurityConfig.path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import jp.nintei.security.ProblemJsonAuthenticationHandlers;
import jp.nintei.security.SecurityConfig;

/**
 * The resident channel's two doors.
 * <ul>
 * <li>{@code /resident-api/**}: server-to-server, the portal client's id and secret by HTTP
 * Basic on every request, stateless; the insured number it acts for is a request header.</li>
 * <li>{@code /resident/**}: the resident's page, entered through a single-use link the client
 * obtained, then a session of its own (own session attribute, CSRF on, no referrer).</li>
 * </ul>
 */
@Configuration
class ResidentSecurityConfig {

    static final int API_ORDER = SecurityConfig.STAFF_PAGES_ORDER - 70;
    static final int PAGE_ORDER = SecurityConfig.STAFF_PAGES_ORDER - 69;
    static final String CLIENT_ROLE = "RESIDENT_CLIENT";
    static final String RESIDENT_ROLE = "RESIDENT";
    static final String CONTEXT_ATTRIBUTE = "NINTEI_RESIDENT_SECURITY_CONTEXT";

    @Bean
    @Order(API_ORDER)
    SecurityFilterChain residentApiChain(HttpSecurity http, ResidentClients clients) throws Exception {
        return http.securityMatcher(path("/resident-api/**"))
                // Only this provider: without a parent manager, staff credentials are no portal client's.
                .authenticationManager(new ProviderManager(new ClientAuthentication(clients)))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(CLIENT_ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemJsonAuthenticationHandlers.unauthorized("nintei-resident")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemJsonAuthenticationHandlers.unauthorized("nintei-resident"))
                        .accessDeniedHandler(ProblemJsonAuthenticationHandlers.forbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless, credentials on every request, no cookies: CSRF cannot apply.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(PAGE_ORDER)
    SecurityFilterChain residentPageChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/resident/**"))
                .securityContext(c -> c.securityContextRepository(contextRepository()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/resident/enter"), path("/resident/signed-out")).permitAll()
                        .anyRequest().hasRole(RESIDENT_ROLE))
                .exceptionHandling(e -> e.authenticationEntryPoint(
                        (request, response, ex) -> response.sendRedirect(request.getContextPath() + "/resident/signed-out?expired")))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/resident/logout"))
                        .logoutSuccessUrl("/resident/signed-out"))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)).frameOptions(f -> f.deny()))
                .build();
    }

    /** The resident page's login, in its own session attribute: it is never a staff or office login. */
    static HttpSessionSecurityContextRepository contextRepository() {
        var repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        return repository;
    }

    static Authentication residentAuthentication(ResidentPrincipal resident) {
        return UsernamePasswordAuthenticationToken.authenticated(resident, null,
                AuthorityUtils.createAuthorityList("ROLE_" + RESIDENT_ROLE));
    }

    /** Checks a portal client's id and secret; not a bean, so it serves the resident API chain only. */
    static final class ClientAuthentication implements AuthenticationProvider {

        private final ResidentClients clients;

        ClientAuthentication(ResidentClients clients) {
            this.clients = clients;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            Object secret = authentication.getCredentials();
            return clients.authenticate(authentication.getName(), secret == null ? null : secret.toString())
                    .map(c -> (Authentication) UsernamePasswordAuthenticationToken.authenticated(
                            ResidentPrincipal.client(c.getClientId()), null,
                            AuthorityUtils.createAuthorityList("ROLE_" + CLIENT_ROLE)))
                    .orElseThrow(() -> new BadCredentialsException("クライアントIDまたはシークレットが正しくありません"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
