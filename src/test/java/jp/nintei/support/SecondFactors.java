package jp.nintei.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.security.totp.Totp;
import jp.nintei.security.totp.TotpService;
import jp.nintei.time.BusinessClock;

/**
 * Two-factor login for tests, as a user with an authenticator app does it: enrol a staff
 * account (the secret stays with the test, like the phone keeps it), compute its codes, and
 * log in with password and code.
 */
@Component
public class SecondFactors {

    public static final String STAFF = "staff";

    private final TotpService totp;
    private final BusinessClock clock;

    SecondFactors(TotpService totp, BusinessClock clock) {
        this.totp = totp;
        this.clock = clock;
    }

    /** A six-digit code that is none of the accepted ones within three steps of {@code t0}. */
    public static String wrongCode(String secret, Instant t0) {
        long step = Totp.step(t0);
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean anyStep = false;
            for (int offset = -3; offset <= 3; offset++) {
                anyStep |= code.equals(Totp.code(secret, step + offset));
            }
            if (!anyStep) {
                return code;
            }
        }
    }

    /** Enrols the staff account (confirmed with the current code); returns its Base32 secret. */
    public String enrol(String userId) {
        return enrol(STAFF, userId);
    }

    public String enrol(String realm, String userId) {
        String secret = totp.beginEnrolment(realm, userId, "Nintei").secret();
        var result = totp.confirmEnrolment(realm, userId, Totp.code(secret, Totp.step(clock.now())));
        if (!result.accepted()) {
            throw new IllegalStateException("enrolment of " + userId + " failed: " + result.outcome());
        }
        return secret;
    }

    /**
     * A code the server has not accepted yet: the current step's, or the next one's (the server
     * accepts ±1 step, so this holds even if a step boundary passes before it checks). More than
     * two logins of one account within 30 seconds need the test to move the clock (ClockUtil).
     */
    public String nextCode(String userId, String secret) {
        return nextCode(STAFF, userId, secret);
    }

    public String nextCode(String realm, String userId, String secret) {
        long current = Totp.step(clock.now());
        Long last = totp.status(realm, userId).map(TotpService.Status::lastUsedStep).orElse(null);
        long step = last == null ? current : Math.max(current, last + 1);
        if (step > current + 1) {
            throw new IllegalStateException("no unused code for " + userId + " in this time step: move the clock");
        }
        return Totp.code(secret, step);
    }

    /** Password and TOTP code through the staff login form; the returned session is fully logged in. */
    public MockHttpSession login(MockMvc mvc, String userId, String password, String secret) throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin().user(userId).password(password))
                .andReturn().getRequest().getSession();
        mvc.perform(post("/login/second-factor").session(session).with(csrf())
                .param("code", nextCode(userId, secret)));
        return session;
    }

    /**
     * Password and TOTP code through a portal's own login (realm name, base path e.g.
     * "care-manager", "/care-manager"); the returned session is fully logged in to that portal.
     */
    public MockHttpSession login(MockMvc mvc, String realm, String basePath, String userId, String password,
            String secret) throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin(basePath + "/login").user(userId).password(password))
                .andReturn().getRequest().getSession();
        mvc.perform(post(basePath + "/login/second-factor").session(session).with(csrf())
                .param("code", nextCode(realm, userId, secret)));
        return session;
    }

    /** Enrols the user (if needed) and logs the browser in with password and a fresh code. */
    public void login(Browser browser, String userId, String password) {
        String secret = enrol(userId);
        browser.login(userId, password, () -> nextCode(userId, secret));
    }
}
