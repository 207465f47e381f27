package jp.nintei.outbox;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.security.Roles;
import jp.nintei.support.ProcessTest;

@ProcessTest
@AutoConfigureMockMvc
class OutboxAdminApiTest {

    @Autowired MockMvc mvc;

    @Test
    void onlyAdministratorsSeeTheOutbox() throws Exception {
        mvc.perform(get("/api/admin/outbox")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/outbox/dead-letters").with(user("t").roles(Roles.STAFF)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("権限がありません"));
        mvc.perform(get("/api/admin/outbox").with(user("a").roles(Roles.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dead").isNumber());
    }

    @Test
    void replayingAnUnknownEventIsA404Problem() throws Exception {
        mvc.perform(post("/api/admin/outbox/dead-letters/999999999/replay").with(user("a").roles(Roles.ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://nintei.example.jp/problems/not-found"));
    }
}
