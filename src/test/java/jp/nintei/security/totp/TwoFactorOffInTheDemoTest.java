package jp.nintei.security.totp;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.security.Roles;
import jp.nintei.support.TestData;

/**
 * The embedded demo with two-factor login switched off (its default): the password is the whole
 * login, the login page says so, there are no second-factor pages, and people still get no
 * HTTP Basic. Its own engine and in-memory database, closed afterwards.
 */
@SpringBootTest(properties = {
        "nintei.security.two-factor.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:nintei-two-factor-off;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=twofactoroff"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
@DirtiesContext
class TwoFactorOffInTheDemoTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void thePasswordIsTheWholeLogin() throws Exception {
        String clerk = data.user("demo.clerk", Roles.STAFF);
        mvc.perform(formLogin().user(clerk).password(TestData.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/login")).andExpect(content().string(containsString("二要素認証は無効です")));
        mvc.perform(get("/login/second-factor")).andExpect(status().isNotFound());
    }

    @Test
    void peopleStillGetNoHttpBasic() throws Exception {
        String clerk = data.user("demo.basic", Roles.STAFF);
        mvc.perform(get("/api/applications/2026-000001").with(httpBasic(clerk, TestData.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }
}
