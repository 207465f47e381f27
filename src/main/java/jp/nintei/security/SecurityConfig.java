package jp.nintei.security;

import java.util.LinkedHashMap;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jp.nintei.security.totp.SecondFactorLogin;
import jp.nintei.security.totp.SecondFactorRealm;

/**
 * Security for staff. Each kind of user has its own filter chain: staff (this class), and the
 * physician, board-member, care-manager and resident channels, which their features add with
 * their own path prefix and an @Order below {@link #STAFF_PAGES_ORDER}.
 * <ul>
 * <li>{@code /engine-rest/**}: Camunda's REST API, HTTP Basic for API clients, then Camunda's
 * authorizations.</li>
 * <li>{@code /api/**}, {@code /actuator/**}: the application's staff API, HTTP Basic for API
 * clients (group "api-client", long generated secret), stateless, problem JSON for 401/403.</li>
 * <li>everything else: form login with password and TOTP second factor, session, CSRF; the
 * Camunda webapps share this login. Until the second step is done the session has no roles.</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    public static final int ENGINE_REST_ORDER = 10;
    public static final int STAFF_API_ORDER = 20;
    public static final int STAFF_PAGES_ORDER = 100;

    static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

    @Bean
    @Order(ENGINE_REST_ORDER)
    SecurityFilterChain engineRest(HttpSecurity http, ApiClientAuthenticationProvider apiClients) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authenticationManager(only(apiClients))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemJsonAuthenticationHandlers.unauthorized("engine-rest")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless, credentials on every request, no cookies: CSRF cannot apply.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(STAFF_API_ORDER)
    SecurityFilterChain staffApi(HttpSecurity http, ApiClientAuthenticationProvider apiClients) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/actuator/**")))
                .authenticationManager(only(apiClients))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health/**"), path("/actuator/info")).permitAll()
                        .requestMatchers(path("/actuator/**")).hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemJsonAuthenticationHandlers.unauthorized("nintei")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemJsonAuthenticationHandlers.unauthorized("nintei"))
                        .accessDeniedHandler(ProblemJsonAuthenticationHandlers.forbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(STAFF_PAGES_ORDER)
    SecurityFilterChain staffPages(HttpSecurity http, CamundaIdentityAuthenticationProvider staff,
            @Qualifier("staffSecondFactorRealm") SecondFactorRealm staffRealm, SecondFactorLogin secondFactor)
            throws Exception {
        return http
                .authenticationManager(only(staff))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/login"), path("/error"), path("/css/**"), path("/favicon.ico")).permitAll()
                        .requestMatchers(staffRealm.secondFactorPages()).permitAll()
                        .requestMatchers(path("/v3/api-docs/**"), path("/swagger-ui/**"), path("/swagger-ui.html")).permitAll()
                        .requestMatchers(path("/staff/**")).hasAnyRole(Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN)
                        .requestMatchers(path("/security/second-factors/**")).hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                // Password, then TOTP code (or enrolment on the first login); off only in the embedded demo.
                .with(secondFactor.configurer(staffRealm), Customizer.withDefaults())
                // The webapps call their API with XHR: answer 401 there (they then show their
                // login route, which sso-logout.js turns into /login) instead of a redirect.
                .exceptionHandling(e -> e.authenticationEntryPoint(staffEntryPoint()))
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, CAMUNDA_LOGOUT)))
                        .logoutSuccessUrl("/login?logout"))
                // The Camunda webapps protect their API with their own CSRF filter (X-XSRF-TOKEN);
                // Spring's token would be a second, conflicting one there.
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/api/**")))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    /**
     * This provider and no other: without a parent manager, an account of another realm (a
     * portal's UserDetailsService bean would become Spring's global one) can never log in here.
     */
    private static AuthenticationManager only(AuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    /**
     * Staff accounts in the second-factor store; their roles are read from Camunda's groups once
     * the second step is done. Tasklist's and Cockpit's XHR API answers 401 while it is missing.
     */
    @Bean
    SecondFactorRealm staffSecondFactorRealm(CamundaIdentityAuthenticationProvider staff) {
        return SecondFactorRealm.builder("staff", "")
                .displayName("職員")
                .issuerSuffix("")
                .loginPage("/login")
                .defaultTargetUrl("/")
                .apiRequests(path("/camunda/api/**"))
                .authentication(userId -> UsernamePasswordAuthenticationToken.authenticated(userId, null,
                        staff.authorities(userId)))
                .build();
    }

    /**
     * Pages redirect to the login form; the webapps' XHR API gets a bare 401. Set explicitly:
     * with only a mapping for the API, Spring made that 401 the default for every page too.
     */
    private static AuthenticationEntryPoint staffEntryPoint() {
        var byPath = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        byPath.put(path("/camunda/api/**"), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        var entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    /**
     * Path matchers that do not depend on Spring MVC's servlet: the Camunda webapps and the
     * engine REST API are served by other servlets and filters.
     */
    public static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
