package jp.nintei.security.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.security.Roles;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * The second factor as a component: a portal with its own account table under its own path gets
 * the same two-step login, its accounts are kept apart from staff's in the store, and neither
 * realm's password opens the other's door.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:nintei-example-portal;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=exampleportal"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(ExamplePortal.class)
@DirtiesContext
class SecondFactorForAnotherPortalTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired TotpService totp;
    @Autowired BusinessClock clock;

    @Test
    void aPortalWithItsOwnAccountsGetsTheSameSecondStep() throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin("/example-portal/login")
                        .user(ExamplePortal.MEMBER).password(ExamplePortal.PASSWORD))
                .andExpect(redirectedUrl("/example-portal/login/second-factor"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/example-portal/").session(session)).andExpect(redirectedUrl("/example-portal/login/second-factor"));
        mvc.perform(get("/example-portal/login/second-factor").session(session))
                .andExpect(redirectedUrl("/example-portal/login/second-factor/enrol"));

        String page = mvc.perform(get("/example-portal/login/second-factor/enrol").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("action=\"/example-portal/login/second-factor/enrol\"")))
                .andReturn().getResponse().getContentAsString();
        var matcher = SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        String secret = matcher.group(1).replace(" ", "");
        mvc.perform(post("/example-portal/login/second-factor/enrol").session(session).with(csrf())
                        .param("code", Totp.code(secret, Totp.step(clock.now()))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"recovery-codes\"")))
                // Continue goes back to the portal page first asked for.
                .andExpect(content().string(Matchers.containsString("href=\"http://localhost/example-portal/?continue\"")));

        mvc.perform(get("/example-portal/").session(session))
                .andExpect(status().isOk()).andExpect(content().string("portal home of example:member1"));
        assertThat(totp.isActive("example", ExamplePortal.MEMBER)).isTrue();
        assertThat(totp.status("staff", ExamplePortal.MEMBER)).isEmpty();
        // A portal member is no staff member: to the staff chain the session is not logged in.
        mvc.perform(get("/staff/cases").session(session)).andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void neitherRealmsPasswordOpensTheOthersLogin() throws Exception {
        mvc.perform(formLogin("/login").user(ExamplePortal.MEMBER).password(ExamplePortal.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        String clerk = data.user("portal.clerk", Roles.STAFF);
        mvc.perform(formLogin("/example-portal/login").user(clerk).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/example-portal/login?error"));
        // A staff login waiting for its second step is nothing to the portal (its own session attribute).
        var staffPending = (MockHttpSession) mvc.perform(formLogin("/login").user(clerk).password(TestData.PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/example-portal/").session(staffPending))
                .andExpect(redirectedUrl("http://localhost/example-portal/login"));
        mvc.perform(get("/example-portal/login/second-factor").session(staffPending))
                .andExpect(redirectedUrl("/example-portal/login"));
        mvc.perform(get("/login/second-factor").session(staffPending)).andExpect(redirectedUrl("/login/second-factor/enrol"));
    }
}
