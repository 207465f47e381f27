package jp.nintei.caremanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.security.totp.Totp;
import jp.nintei.security.totp.TotpService;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;

/**
 * Care-manager office accounts log in with password and TOTP code, like staff and board
 * members: the password alone opens no portal page, the first login enrols by QR code, a wrong
 * code is refused, a recovery code works once, and the accounts are kept apart from staff's.
 * The engine clock is fixed per test, so time steps are chosen, never waited for.
 */
@ProcessTest
@AutoConfigureMockMvc
class CareManagerSecondFactorTest {

    private static final String PASSWORD = "kaigo-pass-2026";
    private static final String REALM = CareManagerSecurityConfig.REALM;
    private static final String VERIFY = "/care-manager/login/second-factor";
    private static final Instant T0 = Instant.parse("2026-05-01T00:00:05Z");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private static final Pattern QR = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
    private static final Pattern CODE = Pattern.compile("<code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})</code>");

    @Autowired MockMvc mvc;
    @Autowired CareManagerAccounts accounts;
    @Autowired OfficeRegistry offices;
    @Autowired TotpService totp;

    @BeforeEach
    void fixTheClock() {
        ClockUtil.setCurrentTime(Date.from(T0));
    }

    @Test
    void thePasswordAloneOpensNoPortalPageAndTheFirstLoginEnrolsByQrCode() throws Exception {
        String login = account();
        MockHttpSession session = password(login);
        var auth = ((SecurityContext) session.getAttribute(CareManagerSecurityConfig.CONTEXT_ATTRIBUTE)).getAuthentication();
        assertThat(auth.isAuthenticated()).isFalse();
        assertThat(auth.getAuthorities()).isEmpty();
        for (String page : List.of("/care-manager", "/care-manager/clients/1000000001", "/care-manager/applications/new",
                "/care-manager/notifications")) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl(VERIFY));
        }
        mvc.perform(post("/care-manager/notifications").session(session).with(csrf()).param("insuredNumber", "1000000001"))
                .andExpect(redirectedUrl(VERIFY));
        mvc.perform(get(VERIFY).session(session)).andExpect(redirectedUrl(VERIFY + "/enrol"));

        String page = mvc.perform(get(VERIFY + "/enrol").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("居宅介護支援事業所")))
                .andReturn().getResponse().getContentAsString();
        String secret = first(SECRET, page).replace(" ", "");
        String qr = decodeQr(Base64.getDecoder().decode(first(QR, page)));
        // The app shows the account under "Nintei 居宅介護支援事業所", apart from the same person's staff account.
        assertThat(qr).startsWith("otpauth://totp/Nintei%20%E5%B1%85%E5%AE%85").contains(":" + login + "?secret=" + secret);

        mvc.perform(post(VERIFY + "/enrol").session(session).with(csrf()).param("code", wrong(secret)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("確認コードが正しくありません")));
        mvc.perform(get("/care-manager").session(session)).andExpect(redirectedUrl(VERIFY));
        String codes = mvc.perform(post(VERIFY + "/enrol").session(session).with(csrf()).param("code", code(secret, 0)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(CODE.matcher(codes).results()).hasSize(10);
        // Continue goes to the page asked for last.
        assertThat(codes).contains("href=\"http://localhost/care-manager?continue\"");

        mvc.perform(get("/care-manager").session(session)).andExpect(status().isOk());
        assertThat(totp.isActive(REALM, login)).isTrue();
        assertThat(totp.status("staff", login)).isEmpty();
    }

    @Test
    void aWrongCodeIsRefusedAndTheRightOneContinuesToThePageAskedFor() throws Exception {
        String login = account();
        String secret = enrol(login).secret();
        MockHttpSession session = password(login);

        mvc.perform(post(VERIFY).session(session).with(csrf()).param("code", wrong(secret)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("確認コードが正しくありません")))
                // The shared page shows no staff menu (Tasklist, staff logout) to a portal's login.
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("タスク一覧"))));
        // The enrolment used this step's code: a replay.
        mvc.perform(post(VERIFY).session(session).with(csrf()).param("code", code(secret, 0)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("使用済み")));
        mvc.perform(get("/care-manager/notifications").session(session)).andExpect(redirectedUrl(VERIFY));

        mvc.perform(post(VERIFY).session(session).with(csrf()).param("code", code(secret, 1)))
                .andExpect(redirectedUrl("http://localhost/care-manager/notifications?continue"));
        mvc.perform(get("/care-manager").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("木村 ケア")));
    }

    @Test
    void aRecoveryCodeLogsInOnce() throws Exception {
        String login = account();
        List<String> codes = enrol(login).recoveryCodes();

        MockHttpSession session = password(login);
        mvc.perform(post(VERIFY).session(session).with(csrf()).param("code", codes.get(2)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("残りは <strong id=\"left\">9</strong> 個")));
        mvc.perform(get("/care-manager").session(session)).andExpect(status().isOk());

        MockHttpSession again = password(login);
        mvc.perform(post(VERIFY).session(again).with(csrf()).param("code", codes.get(2)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/care-manager").session(again)).andExpect(redirectedUrl(VERIFY));
    }

    @Test
    void anAccountDeactivatedBetweenTheTwoStepsDoesNotLogIn() throws Exception {
        String login = account();
        String secret = enrol(login).secret();
        MockHttpSession session = password(login);
        accounts.deactivate(login);
        mvc.perform(post(VERIFY).session(session).with(csrf()).param("code", code(secret, 1)))
                .andExpect(redirectedUrl("/care-manager/login?error"));
        mvc.perform(get("/care-manager").session(session)).andExpect(redirectedUrl("http://localhost/care-manager/login"));
    }

    @Test
    void aPendingCareManagerLoginIsNothingToTheStaffSecondStep() throws Exception {
        String login = account();
        MockHttpSession session = password(login);
        mvc.perform(get("/login/second-factor").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/staff/cases").session(session)).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/board/login/second-factor").session(session)).andExpect(redirectedUrl("/board/login"));
        // Without the password step the portal's second-factor pages send to its login.
        mvc.perform(get(VERIFY)).andExpect(redirectedUrl("/care-manager/login"));
        mvc.perform(post(VERIFY).with(csrf()).param("code", "123456")).andExpect(redirectedUrl("/care-manager/login"));
    }

    @Test
    void theLoginPageSaysACodeFollows() throws Exception {
        mvc.perform(get("/care-manager/login")).andExpect(content().string(containsString("認証アプリの確認コード")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("two-factor-off"))));
    }

    // --- helpers

    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    private Enrolled enrol(String loginId) {
        String secret = totp.beginEnrolment(REALM, loginId, "Nintei").secret();
        var result = totp.confirmEnrolment(REALM, loginId, code(secret, 0));
        assertThat(result.accepted()).isTrue();
        return new Enrolled(secret, result.newRecoveryCodes());
    }

    private String account() {
        String office = TestData.uniqueNumber();
        offices.save(office, "ひまわり居宅 " + office, OfficeKind.CARE_PLAN_OFFICE, null, null);
        return accounts.create(office, "cm2fa." + office, "木村 ケア", PASSWORD).getLoginId();
    }

    private MockHttpSession password(String loginId) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/care-manager/login").user(loginId).password(PASSWORD))
                .andExpect(redirectedUrl(VERIFY))
                .andReturn().getRequest().getSession(false);
    }

    private static String code(String secret, int offset) {
        return Totp.code(secret, Totp.step(T0) + offset);
    }

    private static String wrong(String secret) {
        return SecondFactors.wrongCode(secret, T0);
    }

    /** Reads the QR code from the PNG, as the phone camera would from the screen. */
    private static String decodeQr(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    private static String first(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
