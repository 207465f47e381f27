package jp.nintei.board;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import jp.nintei.security.Roles;
import jp.nintei.security.SecurityConfig;

/**
 * The secretariat's board pages under /secretariat/**: staff who log in on the staff login page
 * (the session's staff security context) and hold the secretariat or administrator role.
 */
@Configuration
class SecretariatSecurityConfig {

    static final int ORDER = SecurityConfig.STAFF_PAGES_ORDER - 10;

    @Bean
    @Order(ORDER)
    SecurityFilterChain secretariatPages(HttpSecurity http) throws Exception {
        return http.securityMatcher(SecurityConfig.path("/secretariat/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Roles.BOARD_SECRETARIAT, Roles.ADMIN))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }
}
