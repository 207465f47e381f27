package jp.nintei.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.ApplicationType;
import jp.nintei.application.IntakeRequest;
import jp.nintei.application.IntakeService;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.security.Roles;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

@ProcessTest
@AutoConfigureMockMvc
class OfficeClientsTest {

    @Autowired OfficeClients clients;
    @Autowired IntakeService intake;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired MockMvc mvc;

    @Test
    void anOfficeThatFiledAProxyApplicationServesThePersonForAYear() {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        String office = TestData.uniqueNumber();
        String caseId = intake.receive(new IntakeRequest(person.getInsuredNumber(), ApplicationType.NEW, today,
                ApplicantKind.CARE_MANAGER_OFFICE, "介護 支援子", "ひまわり居宅", office, true, null, null, null)).getCaseId();

        assertThat(clients.relation(office, person, today)).hasValueSatisfying(r -> assertThat(r).contains(caseId));
        assertThat(clients.isClient(office, person, today.plusMonths(12).minusDays(1))).isTrue();
        assertThat(clients.isClient(office, person, today.plusMonths(13))).isFalse();
        assertThat(clients.isClient(TestData.uniqueNumber(), person, today)).isFalse();
        assertThat(clients.isClient(null, person, today)).isFalse();
    }

    @Test
    void onlyMunicipalitiesAndDesignatedCorporationsMayDoNewSurveys() {
        assertThat(OfficeKind.MUNICIPALITY.mayDoNewSurveys()).isTrue();
        assertThat(OfficeKind.DESIGNATED_ADMIN_CORPORATION.mayDoNewSurveys()).isTrue();
        assertThat(OfficeKind.CARE_PLAN_OFFICE.mayDoNewSurveys()).isFalse();
        assertThat(OfficeKind.CARE_FACILITY.mayDoNewSurveys()).isFalse();
    }

    @Test
    void administratorsRegisterOfficesStaffListThemOthersAreRefused() throws Exception {
        String number = TestData.uniqueNumber();
        String body = "{\"name\":\"テスト居宅\",\"kind\":\"CARE_PLAN_OFFICE\",\"address\":\"テスト市\"}";
        mvc.perform(put("/api/offices/" + number).with(user("t").roles(Roles.STAFF))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(put("/api/offices/" + number).with(user("a").roles(Roles.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        mvc.perform(put("/api/offices/12345").with(user("a").roles(Roles.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("officeNumber"));
        mvc.perform(put("/api/offices/" + number).with(user("a").roles(Roles.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"CARE_PLAN_OFFICE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(get("/api/offices").with(user("t").roles(Roles.STAFF)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.officeNumber=='" + number + "')].kindLabel")
                        .value("指定居宅介護支援事業者"));
        mvc.perform(get("/api/offices").with(user("s").roles(Roles.SURVEYOR))).andExpect(status().isForbidden());
    }
}
