package jp.nintei.security.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.audit.AuditEventRepository;
import jp.nintei.security.Roles;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;

/**
 * The staff login with a second factor, through the real filter chains: password alone opens
 * nothing, enrolment by QR code, codes, replays, recovery codes, lockout, administrator reset.
 * The engine clock is fixed per test, so time steps are chosen, never waited for.
 */
@ProcessTest
@AutoConfigureMockMvc
class TotpLoginTest {

    private static final Instant T0 = Instant.parse("2026-04-01T00:00:05Z");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private static final Pattern QR = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
    private static final Pattern CODE = Pattern.compile("<code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})</code>");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired TotpService totp;
    @Autowired SecondFactorRepository factors;
    @Autowired SecondFactorEventRepository events;
    @Autowired AuditEventRepository audit;

    @BeforeEach
    void fixTheClock() {
        at(T0);
    }

    @Test
    void thePasswordAloneOpensNoPageNoWebappAndNoCamundaApi() throws Exception {
        String clerk = data.user("tf.pending", Roles.STAFF);
        MockHttpSession session = password(clerk);

        var auth = ((SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).getAuthentication();
        assertThat(auth).isInstanceOf(PendingSecondFactorAuthentication.class);
        assertThat(auth.isAuthenticated()).isFalse();
        assertThat(auth.getAuthorities()).isEmpty();

        for (String page : List.of("/", "/staff/cases", "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
                "/security/second-factor")) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/login/second-factor"));
        }
        mvc.perform(get("/security/second-factors").session(session)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(get("/camunda/api/engine/engine/default/task/count").session(session))
                .andExpect(status().isUnauthorized());
        // Camunda's own login endpoint is no way around the second step either.
        mvc.perform(post("/camunda/api/admin/auth/user/default/login/tasklist").session(session)
                .param("username", clerk).param("password", TestData.PASSWORD)).andExpect(status().isUnauthorized());
        // Not enrolled yet: the second step is the enrolment.
        mvc.perform(get("/login/second-factor").session(session)).andExpect(redirectedUrl("/login/second-factor/enrol"));
    }

    @Test
    void theFirstLoginEnrolsByQrCodeAndShowsTenRecoveryCodesOnce() throws Exception {
        String clerk = data.user("tf.enrol", Roles.STAFF);
        MockHttpSession session = password(clerk);
        mvc.perform(get("/staff/cases").session(session)).andExpect(redirectedUrl("/login/second-factor"));

        String page = mvc.perform(get("/login/second-factor/enrol").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String secret = first(SECRET, page).replace(" ", "");
        assertThat(Base32.decode(secret)).hasSize(20);
        String qr = QrCodeTest.decode(Base64.getDecoder().decode(first(QR, page)));
        assertThat(qr).startsWith("otpauth://totp/Nintei:tf.enrol?secret=" + secret + "&issuer=Nintei");
        // A reload shows the same secret until it is confirmed.
        assertThat(mvc.perform(get("/login/second-factor/enrol").session(session)).andReturn().getResponse()
                .getContentAsString()).contains(first(SECRET, page));

        mvc.perform(post("/login/second-factor/enrol").session(session).with(csrf()).param("code", wrong(secret)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("確認コードが正しくありません")));
        String oldId = session.getId();
        String codesPage = mvc.perform(post("/login/second-factor/enrol").session(session).with(csrf())
                        .param("code", code(secret, 0)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(CODE.matcher(codesPage).results()).hasSize(10);
        assertThat(codesPage).contains("二度と表示されません", "/staff/cases");
        assertThat(session.getId()).isNotEqualTo(oldId);

        mvc.perform(get("/staff/cases").session(session)).andExpect(status().isOk());
        // Enrolled: the enrolment page is closed, and the secret is at rest only sealed.
        mvc.perform(get("/login/second-factor/enrol").session(password(clerk))).andExpect(redirectedUrl("/login/second-factor"));
        SecondFactor stored = factors.findByRealmAndAccountId("staff", clerk).orElseThrow();
        assertThat(stored.sealedSecret().value()).doesNotContain(secret);
        assertThat(Base64.getDecoder().decode(stored.sealedSecret().value())).hasSize(12 + 20 + 16);
        assertThat(events.findByRealmAndAccountIdOrderByIdAsc("staff", clerk))
                .extracting(SecondFactorEvent::getEvent).containsExactly(SecondFactorEvent.Type.ENROLLED);
    }

    @Test
    void aWrongCodeIsRefusedAndARightCodeIsAcceptedOnce() throws Exception {
        String clerk = data.user("tf.codes", Roles.STAFF);
        String secret = enrol(clerk).secret;

        MockHttpSession session = password(clerk);
        mvc.perform(get("/staff/cases").session(session));
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", wrong(secret)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("あと 4 回")));
        // The enrolment used this step's code: a replay.
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code(secret, 0)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("使用済み")));
        // Two steps ago is outside the ±1 window.
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code(secret, -2)))
                .andExpect(content().string(containsString("確認コードが正しくありません")));
        mvc.perform(get("/staff/cases").session(session)).andExpect(redirectedUrl("/login/second-factor"));

        at(T0.plusSeconds(30));
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code(secret, 1)))
                .andExpect(redirectedUrl("http://localhost/staff/cases?continue"));
        mvc.perform(get("/staff/cases").session(session)).andExpect(status().isOk());

        // The same code in another session (another tab, another node) is a replay.
        MockHttpSession other = password(clerk);
        mvc.perform(post("/login/second-factor").session(other).with(csrf()).param("code", code(secret, 1)))
                .andExpect(content().string(containsString("使用済み")));
        // The next step's code (the phone a little ahead) is new.
        mvc.perform(post("/login/second-factor").session(other).with(csrf()).param("code", code(secret, 2)))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aRecoveryCodeLogsInOnceAndCountsDown() throws Exception {
        String clerk = data.user("tf.recovery", Roles.STAFF);
        List<String> codes = enrol(clerk).recoveryCodes;
        String typed = codes.get(3).toLowerCase().replace("-", " ");

        MockHttpSession session = password(clerk);
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", typed))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("残りは <strong id=\"left\">9</strong> 個")));
        mvc.perform(get("/staff/cases").session(session)).andExpect(status().isOk());

        MockHttpSession again = password(clerk);
        mvc.perform(post("/login/second-factor").session(again).with(csrf()).param("code", codes.get(3)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/login/second-factor").session(again).with(csrf()).param("code", codes.get(4)))
                .andExpect(content().string(containsString("残りは <strong id=\"left\">8</strong> 個")));
        assertThat(events.findByRealmAndAccountIdOrderByIdAsc("staff", clerk)).extracting(SecondFactorEvent::getEvent)
                .containsExactly(SecondFactorEvent.Type.ENROLLED, SecondFactorEvent.Type.RECOVERY_CODE_USED,
                        SecondFactorEvent.Type.RECOVERY_CODE_USED);
    }

    @Test
    void fiveWrongCodesLockTheSecondFactorEvenAgainstTheRightCodeUntilTheLockEnds() throws Exception {
        String clerk = data.user("tf.lockout", Roles.STAFF);
        Enrolled enrolled = enrol(clerk);
        MockHttpSession session = password(clerk);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", wrong(enrolled.secret)))
                    .andExpect(content().string(containsString("あと " + (5 - attempt) + " 回")));
        }
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", wrong(enrolled.secret)))
                .andExpect(content().string(containsString("9時15分までログインできません")));
        // The lock is in the database: any session, any node, even the right code or a recovery code.
        MockHttpSession other = password(clerk);
        mvc.perform(post("/login/second-factor").session(other).with(csrf()).param("code", code(enrolled.secret, 1)))
                .andExpect(content().string(containsString("ログインできません")));
        mvc.perform(post("/login/second-factor").session(other).with(csrf()).param("code", enrolled.recoveryCodes.get(0)))
                .andExpect(status().isUnauthorized());
        assertThat(factors.findByRealmAndAccountId("staff", clerk).orElseThrow().getLockedUntil())
                .isEqualTo(T0.plus(Duration.ofMinutes(15)));

        Instant lockEnded = T0.plus(Duration.ofMinutes(15)).plusSeconds(1);
        at(lockEnded);
        mvc.perform(post("/login/second-factor").session(other).with(csrf())
                        .param("code", Totp.code(enrolled.secret, Totp.step(lockEnded))))
                .andExpect(redirectedUrl("/"));
        assertThat(events.findByRealmAndAccountIdOrderByIdAsc("staff", clerk)).extracting(SecondFactorEvent::getEvent)
                .contains(SecondFactorEvent.Type.LOCKED);
    }

    @Test
    void anAdministratorResetsASecondFactorWithAReasonAndTheUserEnrolsAgain() throws Exception {
        String clerk = data.user("tf.reset", Roles.STAFF);
        enrol(clerk);
        String path = "/security/second-factors/staff/" + clerk + "/reset";

        mvc.perform(post(path).with(user("tf.notadmin").roles(Roles.STAFF)).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/security/second-factors").with(user("tf.notadmin").roles(Roles.STAFF)))
                .andExpect(status().isForbidden());
        mvc.perform(post(path).with(user("tf.admin").roles(Roles.ADMIN)).param("reason", "紛失"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path).with(user("tf.admin").roles(Roles.ADMIN)).with(csrf()).param("reason", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(totp.isActive("staff", clerk)).isTrue();

        mvc.perform(get("/security/second-factors").param("account", clerk).with(user("tf.admin").roles(Roles.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-account=\"" + clerk + "\"")));
        mvc.perform(post(path).with(user("tf.admin").roles(Roles.ADMIN)).with(csrf())
                        .param("reason", "スマートフォン紛失、電話で本人確認"))
                .andExpect(redirectedUrl("/security/second-factors?realm=staff"));

        assertThat(factors.findByRealmAndAccountId("staff", clerk)).isEmpty();
        var reset = events.findByRealmAndAccountIdOrderByIdAsc("staff", clerk).get(1);
        assertThat(reset.getEvent()).isEqualTo(SecondFactorEvent.Type.RESET);
        assertThat(reset.getActor()).isEqualTo("tf.admin");
        assertThat(reset.getDetail()).isEqualTo("スマートフォン紛失、電話で本人確認");
        assertThat(audit.findByActorOrderByIdAsc("tf.admin")).anySatisfy(e -> {
            assertThat(e.getDocument()).isEqualTo("二要素認証");
            assertThat(e.getDetail()).contains("staff:" + clerk);
        });
        mvc.perform(get("/login/second-factor").session(password(clerk))).andExpect(redirectedUrl("/login/second-factor/enrol"));
    }

    @Test
    void anAdministratorLiftsALock() throws Exception {
        String clerk = data.user("tf.unlock", Roles.STAFF);
        Enrolled enrolled = enrol(clerk);
        for (int i = 0; i < 5; i++) {
            totp.verify("staff", clerk, wrong(enrolled.secret));
        }
        mvc.perform(post("/security/second-factors/staff/" + clerk + "/unlock").with(user("tf.admin2").roles(Roles.ADMIN))
                .with(csrf()).param("reason", "本人から電話、端末あり")).andExpect(status().is3xxRedirection());
        MockHttpSession session = password(clerk);
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code(enrolled.secret, 1)))
                .andExpect(redirectedUrl("/"));
        assertThat(events.findByRealmAndAccountIdOrderByIdAsc("staff", clerk)).extracting(SecondFactorEvent::getActor)
                .contains("tf.admin2");
    }

    @Test
    void staffRenewTheirRecoveryCodesWithACurrentCode() throws Exception {
        String clerk = data.user("tf.renew", Roles.STAFF);
        Enrolled enrolled = enrol(clerk);
        MockHttpSession session = password(clerk);
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code(enrolled.secret, 1)));
        mvc.perform(get("/security/second-factor").session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("残り <span id=\"left\">10</span> 個")));
        mvc.perform(post("/security/second-factor/recovery-codes").session(session).with(csrf())
                        .param("code", enrolled.recoveryCodes.get(0)))
                .andExpect(status().isUnauthorized());
        at(T0.plusSeconds(30));
        String page = mvc.perform(post("/security/second-factor/recovery-codes").session(session).with(csrf())
                        .param("code", code(enrolled.secret, 2)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> renewed = CODE.matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes);
        assertThat(totp.verify("staff", clerk, enrolled.recoveryCodes.get(1)).outcome())
                .isEqualTo(TotpService.Outcome.WRONG_CODE);
        assertThat(totp.verify("staff", clerk, renewed.get(1)).outcome())
                .isEqualTo(TotpService.Outcome.ACCEPTED_RECOVERY_CODE);
    }

    @Test
    void theSecondFactorPagesNeedAPasswordFirst() throws Exception {
        mvc.perform(get("/login/second-factor")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/second-factor/enrol")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/second-factor").with(csrf()).param("code", "123456")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/second-factor").param("code", "123456")).andExpect(status().isForbidden());
        // A fully logged-in user has nothing to do there either.
        mvc.perform(get("/login/second-factor").with(user("tf.full").roles(Roles.STAFF))).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/no-such-portal/login/second-factor").with(user("tf.full").roles(Roles.STAFF)))
                .andExpect(status().isNotFound());
    }

    @Test
    void apiClientsCannotUseTheLoginPage() throws Exception {
        String client = data.apiClient("tf.client", Roles.STAFF);
        mvc.perform(formLogin().user(client).password(TestData.API_SECRET)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theLoginPageSaysASecondFactorFollows() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("認証アプリの確認コード")))
                .andExpect(content().string(not(containsString("two-factor-off"))));
    }

    // --- helpers

    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    /** Enrols as the user would (at T0, with T0's code) and keeps what the phone and the printout keep. */
    private Enrolled enrol(String userId) {
        String secret = totp.beginEnrolment("staff", userId, "Nintei").secret();
        var result = totp.confirmEnrolment("staff", userId, code(secret, 0));
        assertThat(result.accepted()).isTrue();
        return new Enrolled(secret, result.newRecoveryCodes());
    }

    private MockHttpSession password(String userId) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(userId).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/login/second-factor"))
                .andReturn().getRequest().getSession();
    }

    /** The code of the step T0 + offset × 30 s. */
    private static String code(String secret, int offset) {
        return Totp.code(secret, Totp.step(T0) + offset);
    }

    private static String wrong(String secret) {
        return SecondFactors.wrongCode(secret, T0);
    }

    private static void at(Instant time) {
        ClockUtil.setCurrentTime(Date.from(time));
    }

    private static String first(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
