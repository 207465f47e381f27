package jp.nintei.security.totp;

import static jp.nintei.security.SecurityConfig.path;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A portal with its own accounts, wired exactly as the board-member and care-manager portals
 * are to be (README, report): a realm bean, permitted second-factor pages, the configurer.
 * Its UserDetailsService is no bean, so it never becomes Spring's global one.
 */
@TestConfiguration
class ExamplePortal {

    static final String MEMBER = "member1";
    static final String PASSWORD = "portal-password";

    private final UserDetailsService members = new InMemoryUserDetailsManager(
            User.withUsername(MEMBER).password("{noop}" + PASSWORD).roles("PORTAL_MEMBER").build());

    @Bean
    SecondFactorRealm examplePortalRealm() {
        return SecondFactorRealm.builder("example", "/example-portal")
                .displayName("審査会委員")
                .loginPage("/example-portal/login")
                .authentication(SecondFactorRealm.fromUserDetails(members))
                .build();
    }

    @Bean
    @Order(50)
    SecurityFilterChain examplePortalChain(HttpSecurity http, SecondFactorLogin secondFactor,
            @Qualifier("examplePortalRealm") SecondFactorRealm realm) throws Exception {
        return http.securityMatcher(path("/example-portal/**"))
                .authenticationManager(new ProviderManager(new DaoAuthenticationProvider(members)))
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
