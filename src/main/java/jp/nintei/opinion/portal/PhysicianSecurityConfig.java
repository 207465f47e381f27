package jp.nintei.opinion.portal;

import static jp.nintei.security.SecurityConfig.path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jp.nintei.opinion.OpinionLinks;
import jp.nintei.security.SecurityConfig;

/**
 * The physician portal under /physician/**: no accounts, the link is the capability. Nothing is
 * kept between requests (no session; the CSRF token is a cookie), so several nodes can serve it.
 * The token is in the URL: no Referer leaves the page, and nothing is cached.
 */
@Configuration
class PhysicianSecurityConfig {

    static final int ORDER = SecurityConfig.STAFF_PAGES_ORDER - 60;

    @Bean
    @Order(ORDER)
    SecurityFilterChain physicianPortal(HttpSecurity http, OpinionLinks links, LinkFailureLimiter limiter,
            PortalPages pages) throws Exception {
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookiePath("/physician");
        csrfTokens.setCookieName("PHYSICIAN-XSRF-TOKEN");
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return http.securityMatcher(path("/physician/**"))
                .addFilterBefore(new PhysicianLinkFilter(links, limiter), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/physician/opinion/**")).hasRole(PhysicianAuthentication.ROLE)
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(pages.unavailable()).accessDeniedHandler(pages.refused()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new XorCsrfTokenRequestAttributeHandler()))
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; form-action 'self'; "
                                        + "frame-ancestors 'none'; base-uri 'none'")))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .anonymous(a -> a.principal("anonymous-physician-link"))
                .build();
    }
}
