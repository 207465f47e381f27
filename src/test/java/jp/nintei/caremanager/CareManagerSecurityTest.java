package jp.nintei.caremanager;

import static jp.nintei.caremanager.CareManagerFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.insured.InsuredPerson;
import jp.nintei.office.OfficeKind;
import jp.nintei.office.OfficeRegistry;
import jp.nintei.security.Roles;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.SecondFactors;
import jp.nintei.support.TestData;

/** Who may enter the care-manager portal and its admin/staff APIs, and that its login stays its own. */
@ProcessTest
@AutoConfigureMockMvc
class CareManagerSecurityTest {

    static final String PASSWORD = "kaigo-pass-2026";

    @Autowired MockMvc mvc;
    @Autowired SecondFactors secondFactors;
    @Autowired CareManagerFixtures fixtures;
    @Autowired CareManagerAccounts accounts;
    @Autowired OfficeRegistry offices;
    @Autowired TestData data;

    @Test
    void thePortalRequiresAnOfficeLogin() throws Exception {
        mvc.perform(get("/care-manager")).andExpect(redirectedUrlPattern("**/care-manager/login"));
        mvc.perform(get("/care-manager/clients/1000000001")).andExpect(redirectedUrlPattern("**/care-manager/login"));
        mvc.perform(get("/care-manager/login")).andExpect(status().isOk());
        mvc.perform(get("/care-manager").with(user("t").roles(Roles.STAFF))).andExpect(status().isForbidden());
        mvc.perform(get("/care-manager").with(user("a").roles(Roles.ADMIN))).andExpect(status().isForbidden());
    }

    @Test
    void aCareManagerLoginIsNotAStaffLoginAndTheOtherWayRound() throws Exception {
        String login = account();
        MockHttpSession session = secondFactors.login(mvc, CareManagerSecurityConfig.REALM, "/care-manager", login, PASSWORD,
                secondFactors.enrol(CareManagerSecurityConfig.REALM, login));
        mvc.perform(get("/care-manager").session(session)).andExpect(status().isOk());
        mvc.perform(get("/staff/cases").session(session)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/camunda/app/tasklist/default/").session(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/offices").session(session)).andExpect(status().isUnauthorized());

        String staff = data.user("cm.sec.staff", Roles.STAFF);
        MockHttpSession staffSession = secondFactors.login(mvc, staff, TestData.PASSWORD, secondFactors.enrol(staff));
        mvc.perform(get("/").session(staffSession)).andExpect(status().isOk());
        mvc.perform(get("/care-manager").session(staffSession)).andExpect(redirectedUrlPattern("**/care-manager/login"));
        mvc.perform(formLogin("/care-manager/login").user(staff).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/care-manager/login?error"));
    }

    @Test
    void wrongPasswordsAreRefusedAndRepeatedOnesLockTheAccount() throws Exception {
        String login = account();
        mvc.perform(formLogin("/care-manager/login").user(login).password("wrong-1234"))
                .andExpect(redirectedUrl("/care-manager/login?error"));
        mvc.perform(formLogin("/care-manager/login").user("no-such-login").password(PASSWORD))
                .andExpect(redirectedUrl("/care-manager/login?error"));
        for (int i = 2; i < CareManagerAccounts.MAX_FAILED_LOGINS; i++) {
            mvc.perform(formLogin("/care-manager/login").user(login).password("wrong-1234"))
                    .andExpect(redirectedUrl("/care-manager/login?error"));
        }
        mvc.perform(formLogin("/care-manager/login").user(login).password("wrong-1234"))
                .andExpect(redirectedUrl("/care-manager/login?locked"));
        mvc.perform(formLogin("/care-manager/login").user(login).password(PASSWORD))
                .andExpect(redirectedUrl("/care-manager/login?locked"));

        accounts.changePassword(login, PASSWORD); // an administrator's reset also unlocks
        mvc.perform(formLogin("/care-manager/login").user(login).password(PASSWORD))
                .andExpect(redirectedUrl("/care-manager/login/second-factor"));
        accounts.deactivate(login);
        mvc.perform(formLogin("/care-manager/login").user(login).password(PASSWORD))
                .andExpect(redirectedUrl("/care-manager/login?error"));
    }

    @Test
    void anotherOfficeCannotSeeAClientAndFormsNeedTheCsrfToken() throws Exception {
        CareManagerPrincipal mine = fixtures.office();
        CareManagerPrincipal other = fixtures.office();
        InsuredPerson person = fixtures.person();
        fixtures.application(person, true);
        fixtures.activeNotification(mine, person);
        mvc.perform(get("/care-manager/clients/" + person.getInsuredNumber()).with(as(mine))).andExpect(status().isOk());
        mvc.perform(get("/care-manager/clients/" + person.getInsuredNumber()).with(as(other)))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString(person.getName()))));
        mvc.perform(get("/care-manager/clients/0000000000").with(as(other))).andExpect(status().isNotFound());

        mvc.perform(post("/care-manager/notifications").with(as(other)).param("insuredNumber", person.getInsuredNumber())
                .param("birthDate", person.getBirthDate().toString()).param("startDate", "2026-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/care-manager/applications").with(as(other)).param("insuredNumber", person.getInsuredNumber()))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAdministratorsManageOfficeAccountsAndPasswordsNeverComeBack() throws Exception {
        String office = carePlanOffice();
        String body = """
                {"officeNumber":"%s","loginId":"cm.api.%s","displayName":"木村 ケア","password":"%s"}"""
                .formatted(office, office, PASSWORD);
        mvc.perform(post("/api/care-manager-accounts").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/care-manager-accounts").with(user("t").roles(Roles.STAFF))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/care-manager-accounts").with(user("adm").roles(Roles.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.loginId").value("cm.api." + office))
                .andExpect(content().string(not(containsString(PASSWORD))))
                .andExpect(content().string(not(containsString("password"))));
        mvc.perform(post("/api/care-manager-accounts").with(user("adm").roles(Roles.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
        mvc.perform(post("/api/care-manager-accounts").with(user("adm").roles(Roles.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(PASSWORD, "short").replace("cm.api.", "cm.api2.")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));

        String survey = TestData.uniqueNumber();
        offices.save(survey, "調査センター", OfficeKind.DESIGNATED_ADMIN_CORPORATION, null, null);
        mvc.perform(post("/api/care-manager-accounts").with(user("adm").roles(Roles.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(office, survey).replace("cm.api.", "cm.api3.")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("officeNumber"));
    }

    @Test
    void staffKeyInPaperNotificationsOthersMayNot() throws Exception {
        String office = carePlanOffice();
        InsuredPerson person = fixtures.person();
        String body = """
                {"officeNumber":"%s","insuredNumber":"%s","startDate":"%s"}"""
                .formatted(office, person.getInsuredNumber(), LocalDate.now());
        mvc.perform(post("/api/care-plan-notifications").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/care-plan-notifications").with(user("s").roles(Roles.SURVEYOR))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/care-plan-notifications").with(user("t").roles(Roles.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.officeNumber").value(office));
        mvc.perform(get("/api/care-plan-notifications").param("insuredNumber", person.getInsuredNumber())
                        .with(user("t").roles(Roles.STAFF)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/care-plan-notifications").param("insuredNumber", person.getInsuredNumber())
                .with(user("s").roles(Roles.SURVEYOR))).andExpect(status().isForbidden());
    }

    private String carePlanOffice() {
        String number = TestData.uniqueNumber();
        offices.save(number, "ひまわり居宅 " + number, OfficeKind.CARE_PLAN_OFFICE, null, null);
        return number;
    }

    private String account() {
        String office = carePlanOffice();
        return accounts.create(office, "cm." + office, "木村 ケア", PASSWORD).getLoginId();
    }
}
