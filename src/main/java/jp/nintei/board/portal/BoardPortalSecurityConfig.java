package jp.nintei.board.portal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import jp.nintei.board.member.BoardMembers;
import jp.nintei.security.SecurityConfig;
import jp.nintei.security.totp.SecondFactorLogin;
import jp.nintei.security.totp.SecondFactorRealm;

/**
 * The member portal under /board/**: its own login against the board's member register (the
 * password, then a TOTP code through the shared second-factor pages under /board/login/second-factor),
 * its own security context in the HTTP session (a member never becomes a staff user and back),
 * form login with CSRF tokens, and an authentication manager without a parent, so that staff
 * accounts cannot log in here.
 */
@Configuration
class BoardPortalSecurityConfig {

    static final int ORDER = SecurityConfig.STAFF_PAGES_ORDER - 20;
    /** The realm's key in the second-factor store; never change it. */
    static final String REALM = "board";
    static final String CONTEXT_ATTRIBUTE = "NINTEI_BOARD_MEMBER_SECURITY_CONTEXT";
    static final String SAVED_REQUEST_ATTRIBUTE = "NINTEI_BOARD_MEMBER_SAVED_REQUEST";

    /** Members log in with their password and then a TOTP code (security.totp), like staff. */
    @Bean
    SecondFactorRealm boardMemberRealm(BoardMembers members) {
        return SecondFactorRealm.builder(REALM, "/board")
                .displayName("審査会委員")
                .loginPage("/board/login")
                .accountId(auth -> ((BoardMemberPrincipal) auth.getPrincipal()).loginId())
                .authentication(loginId -> BoardMemberAuthenticationProvider.authenticated(members.find(loginId)
                        .filter(m -> m.isActive())
                        .orElseThrow(() -> new DisabledException(loginId))))
                .build();
    }

    @Bean
    @Order(ORDER)
    SecurityFilterChain boardPortal(HttpSecurity http, BoardMembers members, SecondFactorLogin secondFactor,
            @Qualifier("boardMemberRealm") SecondFactorRealm realm) throws Exception {
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        var requests = new HttpSessionRequestCache();
        requests.setSessionAttrName(SAVED_REQUEST_ATTRIBUTE);
        return http.securityMatcher(SecurityConfig.path("/board/**"))
                .authenticationManager(new ProviderManager(new BoardMemberAuthenticationProvider(members)))
                .securityContext(c -> c.securityContextRepository(contexts))
                .requestCache(c -> c.requestCache(requests))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(SecurityConfig.path("/board/login")).permitAll()
                        .requestMatchers(realm.secondFactorPages()).permitAll()
                        .anyRequest().hasRole(BoardMemberAuthenticationProvider.ROLE))
                .formLogin(form -> form.loginPage("/board/login").loginProcessingUrl("/board/login")
                        .defaultSuccessUrl("/board/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LockedException ? "/board/login?locked" : "/board/login?error")))
                        .permitAll())
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/board/logout"))
                        // The HTTP session may also hold a staff login: end only the member's.
                        .invalidateHttpSession(false)
                        .addLogoutHandler((request, response, auth) -> {
                            var session = request.getSession(false);
                            if (session != null) {
                                session.removeAttribute(CONTEXT_ATTRIBUTE);
                            }
                        })
                        .logoutSuccessUrl("/board/login?logout"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/board/login")))
                .headers(h -> h.frameOptions(f -> f.deny()))
                .with(secondFactor.configurer(realm), c -> { })
                .build();
    }
}
