package jp.nintei.security.totp;

import static jp.nintei.security.SecurityConfig.path;

import java.io.Serializable;
import java.security.Principal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A portal with its own accounts, built like the board-member and care-manager portals (its own
 * security context attribute and saved request in the session, a Principal record named with a
 * prefix, an authentication manager without parent) and wired to the second factor as they are
 * to be: a realm bean, permitted second-factor pages, the configurer.
 */
@TestConfiguration
class ExamplePortal {

    static final String MEMBER = "member1";
    static final String PASSWORD = "portal-password";

    static final String CONTEXT_ATTRIBUTE = "EXAMPLE_PORTAL_SECURITY_CONTEXT";

    /** Like BoardMemberPrincipal and CareManagerPrincipal. */
    record Member(String loginId) implements Principal, Serializable {
        @Override
        public String getName() {
            return "example:" + loginId;
        }
    }

    private final UserDetailsService members = new InMemoryUserDetailsManager(
            User.withUsername(MEMBER).password("{noop}" + PASSWORD).roles("PORTAL_MEMBER").build());

    /** The password step, as the portals' own providers do it: their principal, their role. */
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        private final DaoAuthenticationProvider dao = new DaoAuthenticationProvider(members);

        @Override
        public Authentication authenticate(Authentication attempt) {
            Authentication checked = dao.authenticate(attempt);
            return member(checked.getName());
        }

        @Override
        public boolean supports(Class<?> type) {
            return dao.supports(type);
        }
    };

    static Authentication member(String loginId) {
        return UsernamePasswordAuthenticationToken.authenticated(new Member(loginId), null,
                AuthorityUtils.createAuthorityList("ROLE_PORTAL_MEMBER"));
    }

    @Bean
    SecondFactorRealm examplePortalRealm() {
        return SecondFactorRealm.builder("example", "/example-portal")
                .displayName("審査会委員")
                .loginPage("/example-portal/login")
                .accountId(auth -> ((Member) auth.getPrincipal()).loginId())
                .authentication(loginId -> {
                    if (!members.loadUserByUsername(loginId).isEnabled()) {
                        throw new org.springframework.security.authentication.DisabledException(loginId);
                    }
                    return member(loginId);
                })
                .build();
    }

    @Bean
    @Order(50)
    SecurityFilterChain examplePortalChain(HttpSecurity http, SecondFactorLogin secondFactor,
            @Qualifier("examplePortalRealm") SecondFactorRealm realm) throws Exception {
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        var requests = new HttpSessionRequestCache();
        requests.setSessionAttrName("EXAMPLE_PORTAL_SAVED_REQUEST");
        return http.securityMatcher(path("/example-portal/**"))
                .authenticationManager(new ProviderManager(passwords))
                .securityContext(c -> c.securityContextRepository(contexts))
                .requestCache(c -> c.requestCache(requests))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/example-portal/login")).permitAll()
                        .requestMatchers(realm.secondFactorPages()).permitAll()
                        .anyRequest().hasRole("PORTAL_MEMBER"))
                .formLogin(form -> form.loginPage("/example-portal/login").permitAll())
                .with(secondFactor.configurer(realm), c -> { })
                .build();
    }

    /** The portal's start page (a functional endpoint: a nested @Controller would be scanned into every test context). */
    @Bean
    RouterFunction<ServerResponse> examplePortalHome() {
        return RouterFunctions.route().GET("/example-portal/",
                request -> ServerResponse.ok().body("portal home of " + request.principal().orElseThrow().getName()))
                .build();
    }
}
