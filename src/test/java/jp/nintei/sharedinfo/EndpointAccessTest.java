package jp.nintei.sharedinfo;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.security.Roles;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;

/**
 * Every endpoint of progress, the shared-info store, the care-manager portal and the resident
 * channel refuses the unauthenticated and the wrong kind of user, before any handler runs.
 */
@ProcessTest
@AutoConfigureMockMvc
class EndpointAccessTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    /** Staff and administrator APIs: HTTP Basic; a user without the role gets 403. */
    static Stream<Arguments> staffApis() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/progress/2026-000001", Roles.SURVEYOR),
                Arguments.of(HttpMethod.GET, "/api/shared-info/persons/1000000001", Roles.AUDITOR),
                Arguments.of(HttpMethod.GET, "/api/shared-info/cases/2026-000001", Roles.BOARD_SECRETARIAT),
                Arguments.of(HttpMethod.GET, "/api/shared-info/webhooks", Roles.STAFF),
                Arguments.of(HttpMethod.POST, "/api/shared-info/webhooks", Roles.STAFF),
                Arguments.of(HttpMethod.POST, "/api/shared-info/webhooks/1/secret", Roles.SUPERVISOR),
                Arguments.of(HttpMethod.POST, "/api/shared-info/webhooks/1/resync", Roles.SUPERVISOR),
                Arguments.of(HttpMethod.DELETE, "/api/shared-info/webhooks/1", Roles.STAFF),
                Arguments.of(HttpMethod.GET, "/api/care-manager-accounts", Roles.STAFF),
                Arguments.of(HttpMethod.POST, "/api/care-manager-accounts", Roles.STAFF),
                Arguments.of(HttpMethod.PUT, "/api/care-manager-accounts/himawari/password", Roles.SUPERVISOR),
                Arguments.of(HttpMethod.DELETE, "/api/care-manager-accounts/himawari", Roles.STAFF),
                Arguments.of(HttpMethod.GET, "/api/care-plan-notifications?insuredNumber=1000000001", Roles.SURVEYOR),
                Arguments.of(HttpMethod.POST, "/api/care-plan-notifications", Roles.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/care-plan-notifications/1/end", Roles.BOARD_SECRETARIAT),
                Arguments.of(HttpMethod.GET, "/api/resident-clients", Roles.STAFF),
                Arguments.of(HttpMethod.POST, "/api/resident-clients", Roles.STAFF),
                Arguments.of(HttpMethod.POST, "/api/resident-clients/x/secret", Roles.STAFF),
                Arguments.of(HttpMethod.DELETE, "/api/resident-clients/x", Roles.STAFF));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("staffApis")
    void staffApisRefuseTheUnauthenticatedAndTheWrongRole(HttpMethod method, String path, String wrongRole)
            throws Exception {
        mvc.perform(request(method, path).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(request(method, path).with(user("wrong").roles(wrongRole))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(request(method, path).with(user("cm").roles("CARE_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }

    static Stream<Arguments> portalPages() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/care-manager"),
                Arguments.of(HttpMethod.GET, "/care-manager/clients/1000000001"),
                Arguments.of(HttpMethod.GET, "/care-manager/notifications"),
                Arguments.of(HttpMethod.POST, "/care-manager/notifications"),
                Arguments.of(HttpMethod.POST, "/care-manager/notifications/1/end"),
                Arguments.of(HttpMethod.GET, "/care-manager/applications/new"),
                Arguments.of(HttpMethod.POST, "/care-manager/applications"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("portalPages")
    void careManagerPagesSendTheUnauthenticatedToTheirLoginAndRefuseStaff(HttpMethod method, String path)
            throws Exception {
        mvc.perform(request(method, path).with(csrf())).andExpect(redirectedUrlPattern("**/care-manager/login"));
        mvc.perform(request(method, path).with(csrf()).with(user("t").roles(Roles.STAFF))).andExpect(status().isForbidden());
        mvc.perform(request(method, path).with(csrf()).with(user("r").roles("RESIDENT"))).andExpect(status().isForbidden());
    }

    static Stream<Arguments> residentApis() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/resident-api/v1/cases"),
                Arguments.of(HttpMethod.GET, "/resident-api/v1/cases/2026-000001"),
                Arguments.of(HttpMethod.GET, "/resident-api/v1/certificate"),
                Arguments.of(HttpMethod.POST, "/resident-api/v1/page-links"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("residentApis")
    void theResidentApiTakesOnlyPortalClients(HttpMethod method, String path) throws Exception {
        String staff = data.user("access.staff", Roles.STAFF);
        mvc.perform(request(method, path).header("X-Insured-Number", "1000000001")).andExpect(status().isUnauthorized());
        mvc.perform(request(method, path).header("X-Insured-Number", "1000000001").with(httpBasic(staff, TestData.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(request(method, path).header("X-Insured-Number", "1000000001").with(user("t").roles(Roles.STAFF)))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/resident", "/resident/"})
    void theResidentPageNeedsTheLinksSession(String path) throws Exception {
        mvc.perform(request(HttpMethod.GET, path)).andExpect(redirectedUrl("/resident/signed-out?expired"));
        mvc.perform(request(HttpMethod.GET, path).with(user("t").roles(Roles.STAFF))).andExpect(status().isForbidden());
        mvc.perform(request(HttpMethod.GET, path).with(user("cm").roles("CARE_MANAGER"))).andExpect(status().isForbidden());
    }
}
