package jp.nintei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.application.ApplicationType;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.security.Roles;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/** The survey entry pages: every item of the reference data, drafts, submission, access rules. */
@ProcessTest
@AutoConfigureMockMvc
class SurveyPagesTest {

    @Autowired MockMvc mvc;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired SurveyEntryService entry;
    @Autowired SurveyService surveys;
    @Autowired SurveyCatalog catalog;
    @Autowired AuditEventRepository audit;
    @Autowired BusinessClock clock;
    @Autowired jp.nintei.application.ApplicationService applications;
    @Autowired org.camunda.bpm.engine.ManagementService management;

    @Test
    void everyItemAndChoiceOfTheReferenceDataIsOnTheEntryPages() throws Exception {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("/domain/survey-items.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        String surveyor = cases.surveyor("pages.all." + TestData.uniqueNumber());
        String caseId = assignedCase(surveyor);
        RequestPostProcessor as = user(surveyor).roles(Roles.SURVEYOR);

        List<String> seen = new ArrayList<>();
        for (JsonNode item : reference.get("items")) {
            Document page = page(caseId, "group-" + item.get("group").asText(), as);
            String id = item.get("id").asText();
            var inputs = page.select("input[name=item." + id + "]");
            assertThat(inputs).as("choices of %s", id).hasSize(item.get("choices").size());
            assertThat(inputs.eachAttr("type")).containsOnly(item.get("multipleChoice").asBoolean() ? "checkbox" : "radio");
            assertThat(page.select("#item-" + id + " label").eachText())
                    .containsExactlyElementsOf(numbered(item.get("choices")));
            assertThat(page.select("textarea[name=note." + id + "]")).as("特記事項 of %s", id).hasSize(1);
            seen.add(id);
        }
        Document medical = page(caseId, "medical", as);
        for (JsonNode care : reference.at("/specialMedicalCare/items")) {
            String no = care.get("no").asText();
            assertThat(medical.select("input[name=medical][value=" + no + "]")).hasSize(1);
            assertThat(medical.select("#item-6-" + no).text()).contains(care.get("name").asText());
            assertThat(medical.select("textarea[name=note.6-" + no + "]")).hasSize(1);
            seen.add("6-" + no);
        }
        assertThat(medical.select("input[name=bedriddenLevel]").eachAttr("value"))
                .containsExactly(java.util.Arrays.stream(BedriddenLevel.values()).map(Enum::name).toArray(String[]::new));
        assertThat(medical.select("#item-7-1 .choices").text())
                .isEqualTo(String.join(" ", texts(reference.at("/independenceScales/障害高齢者の日常生活自立度（寝たきり度）"))));
        assertThat(medical.select("input[name=dementiaLevel]").eachAttr("value"))
                .containsExactly(java.util.Arrays.stream(DementiaLevel.values()).map(Enum::name).toArray(String[]::new));
        assertThat(medical.select("#item-7-2 .choices").text())
                .isEqualTo(String.join(" ", texts(reference.at("/independenceScales/認知症高齢者の日常生活自立度"))));

        assertThat(seen).hasSize(55 + 12);
        assertThat(catalog.officialItemCount()).isEqualTo(74);
    }

    @Test
    void onlyTheAssignedSurveyorAndStaffOpenTheEntryPages() throws Exception {
        String surveyor = cases.surveyor("pages.mine." + TestData.uniqueNumber());
        String colleague = cases.surveyor("pages.other." + TestData.uniqueNumber());
        String caseId = assignedCase(surveyor);
        String url = "/survey/cases/" + caseId + "/entry/group-1";

        mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get(url).with(user(colleague).roles(Roles.SURVEYOR))).andExpect(status().isForbidden());
        mvc.perform(post(url).with(user(colleague).roles(Roles.SURVEYOR)).with(csrf()).param("item.1-3", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/survey/cases/" + caseId).with(user(colleague).roles(Roles.SURVEYOR))).andExpect(status().isForbidden());
        Document page = page(caseId, "group-1", user(surveyor).roles(Roles.SURVEYOR));
        assertThat(page.select(".subject").text()).contains("試験 太郎", "新規申請",
                "申請日 " + java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日").format(clock.today()));
        mvc.perform(get(url).with(user("pages.staff").roles(Roles.STAFF))).andExpect(status().isOk());
        mvc.perform(post("/survey/cases/" + caseId + "/correction").with(user(surveyor).roles(Roles.SURVEYOR)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/survey/cases/" + caseId + "/reassignment").with(user(surveyor).roles(Roles.SURVEYOR)).with(csrf())
                .param("reason", "x")).andExpect(status().isForbidden());
        assertThat(audit.findByCaseIdOrderByIdAsc(caseId))
                .anySatisfy(e -> {
                    assertThat(e.getActor()).isEqualTo(surveyor);
                    assertThat(e.getPurpose()).isEqualTo("認定調査票の入力");
                });
    }

    @Test
    void eachPageIsSavedToTheServerDraft() throws Exception {
        String surveyor = cases.surveyor("pages.draft." + TestData.uniqueNumber());
        String caseId = assignedCase(surveyor);
        String url = "/survey/cases/" + caseId + "/entry/group-1";
        RequestPostProcessor as = user(surveyor).roles(Roles.SURVEYOR);

        mvc.perform(post(url).with(as).param("item.1-1", "2").param("action", "next")).andExpect(status().isForbidden());
        mvc.perform(post(url).with(as).with(csrf()).param("item.1-1", "2").param("item.1-1", "4").param("item.1-7", "2")
                        .param("note.1-7", "廊下は手すりを使って歩く").param("action", "next"))
                .andExpect(redirectedUrl("/survey/cases/" + caseId + "/entry/group-2"));
        mvc.perform(post("/survey/cases/" + caseId + "/entry/overview").with(as).with(csrf())
                        .param("surveyedAt", "2026-02-30T10:00").param("placeKind", "HOME").param("action", "save"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("実施日時は「年-月-日 時:分」")));

        var draft = entry.draft(caseId).orElseThrow();
        assertThat(draft.answers().choicesOf("1-1")).containsExactly(2, 4);
        assertThat(draft.answers().noteOf("1-7")).isEqualTo("廊下は手すりを使って歩く");
        assertThat(draft.answers().overview().placeKind()).isEqualTo(PlaceKind.HOME);
        assertThat(draft.updatedBy()).isEqualTo(surveyor);
        Document page = page(caseId, "group-1", as);
        assertThat(page.select("input[name=item.1-1][checked]").eachAttr("value")).containsExactly("2", "4");
        assertThat(page.select("textarea[name=note.1-7]").text()).isEqualTo("廊下は手すりを使って歩く");
        assertThat(page.select("nav.tabs a").eachText()).anySatisfy(t -> assertThat(t).startsWith("第1群 身体機能・起居動作"));
    }

    @Test
    void theConfirmationPageAsksForTheWarningsAndSubmitsTheSurvey() throws Exception {
        String surveyor = cases.surveyor("pages.submit." + TestData.uniqueNumber());
        String caseId = assignedCase(surveyor);
        RequestPostProcessor as = user(surveyor).roles(Roles.SURVEYOR);
        var answers = SurveyFixtures.with(SurveyFixtures.with(SurveyFixtures.complete(catalog, now(), surveyor), "1-7", 3), "2-2", 1);
        entry.saveDraft(caseId, answers, Set.of(), null);

        Document confirm = page(caseId, "confirm", as);
        assertThat(confirm.select(".warning").text()).contains("「歩行」が「できない」", "「移動」が「介助されていない」");
        assertThat(confirm.text()).contains("すべての項目が入力されています");

        String url = "/survey/cases/" + caseId + "/entry/confirm";
        mvc.perform(post(url).with(as).with(csrf()).param("action", "submit"))
                .andExpect(redirectedUrl(url))
                .andExpect(flash().attribute("submitErrors", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("確認が必要です"))));
        assertThat(surveys.current(caseId)).isEmpty();

        mvc.perform(post(url).with(as).with(csrf()).param("confirm", "walk-move").param("action", "submit"))
                .andExpect(redirectedUrl("/survey/cases/" + caseId));
        assertThat(surveys.current(caseId)).get().extracting(SurveyView::version).isEqualTo(1);
        assertThat(cases.task(caseId, "Task_EnterSurvey")).isNull();
        mvc.perform(get("/survey/cases/" + caseId + "/entry/overview").with(as))
                .andExpect(redirectedUrl("/survey/cases/" + caseId));
        mvc.perform(get("/survey/cases/" + caseId).with(as)).andExpect(status().isOk());
    }

    @Test
    void answersThatChangedSinceThePreviousSurveyAreMarked() throws Exception {
        LocalDate today = clock.today();
        InsuredPerson person = data.elderly(today);
        String first = cases.receive(person, ApplicationType.NEW, today.minusDays(3));
        cases.confirmIntake(first);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(clock.now().minus(2, ChronoUnit.DAYS)));
        cases.completeSurvey(first);
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        applications.requestWithdrawal(first, "転居のため");
        management.executeJob(cases.job(first, "Task_RecordWithdrawal").getId());

        String surveyor = cases.surveyor("pages.prev." + TestData.uniqueNumber());
        String second = cases.receive(person, ApplicationType.NEW, today);
        cases.confirmIntake(second);
        cases.complete(second, "Task_AssignSurveyor", Map.of("surveyorId", surveyor));
        entry.saveDraft(second, SurveyFixtures.with(SurveyFixtures.complete(catalog, now(), surveyor), "1-3", 2), Set.of(), null);

        Document page = page(second, "group-1", user(surveyor).roles(Roles.SURVEYOR));
        assertThat(page.select("#item-1-3.changed .change-mark").text()).isEqualTo("★変更");
        assertThat(page.select("#item-1-3 .previous").text()).isEqualTo("前回: " + catalog.item("1-3").orElseThrow().choiceLabel(1));
        assertThat(page.select(".changed")).hasSize(1);
        Document confirm = page(second, "confirm", user(surveyor).roles(Roles.SURVEYOR));
        assertThat(confirm.text()).contains("前回の調査からの変更（1項目）");
    }

    @Test
    void staffCorrectASubmittedSurveyOnTheSamePagesWithAReason() throws Exception {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.completeSurvey(caseId);
        RequestPostProcessor staff = user("pages.corrector").roles(Roles.STAFF);
        String base = "/survey/cases/" + caseId;

        mvc.perform(post(base + "/correction").with(staff).with(csrf())).andExpect(redirectedUrl(base + "/entry/overview"));
        var group1 = post(base + "/entry/group-1").with(staff).with(csrf()).param("action", "next");
        for (var item : catalog.group("1").orElseThrow().items()) {
            group1.param("item." + item.id(), item.id().equals("1-7") ? "2" : "1");
        }
        mvc.perform(group1).andExpect(redirectedUrl(base + "/entry/group-2"));
        Document confirm = page(caseId, "confirm", staff);
        assertThat(confirm.select("section h3").eachText()).contains("第1版からの修正（1項目）");
        mvc.perform(post(base + "/entry/confirm").with(staff).with(csrf()).param("action", "submit"))
                .andExpect(flash().attribute("submitErrors", org.hamcrest.Matchers.hasItem("修正理由を入力してください")));
        mvc.perform(post(base + "/entry/confirm").with(staff).with(csrf()).param("action", "submit")
                        .param("correctionReason", "点検で歩行の誤記を確認"))
                .andExpect(redirectedUrl(base));

        var current = surveys.current(caseId).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.submittedBy()).isEqualTo("pages.corrector");
        assertThat(current.choices()).containsEntry("1-7", List.of(2));
        String show = mvc.perform(get(base).with(staff)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(show).select("table.grid").first().text()).contains("第1版", "第2版", "点検で歩行の誤記を確認");
    }

    @Test
    void administratorsRegisterSurveyorsStaffListThem() throws Exception {
        String surveyor = data.apiClient("pages.api." + TestData.uniqueNumber(), Roles.SURVEYOR);
        String admin = data.apiClient("pages.admin", Roles.ADMIN);
        String staff = data.apiClient("pages.apistaff", Roles.STAFF);
        cases.surveyor("pages.seed." + TestData.uniqueNumber());
        String body = "{\"officeNumber\":\"" + CaseDriver.SURVEY_OFFICE + "\"}";
        mvc.perform(put("/api/surveyors/" + surveyor).with(httpBasic(staff, TestData.API_SECRET))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(put("/api/surveyors/" + surveyor).with(httpBasic(admin, TestData.API_SECRET))
                .contentType(MediaType.APPLICATION_JSON).content("{\"officeNumber\":\"0000000000\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("officeNumber"));
        mvc.perform(put("/api/surveyors/" + staff).with(httpBasic(admin, TestData.API_SECRET))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("userId"));
        mvc.perform(put("/api/surveyors/" + surveyor).with(httpBasic(admin, TestData.API_SECRET))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mayDoNewSurveys").value(true));
        mvc.perform(get("/api/surveyors").with(httpBasic(staff, TestData.API_SECRET)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.userId=='" + surveyor + "')].officeNumber")
                        .value(CaseDriver.SURVEY_OFFICE));
        mvc.perform(get("/api/surveyors").with(httpBasic(surveyor, TestData.API_SECRET))).andExpect(status().isForbidden());
    }

    private String assignedCase(String surveyor) {
        LocalDate today = clock.today();
        String caseId = cases.receive(data.elderly(today), ApplicationType.NEW, today);
        cases.confirmIntake(caseId);
        cases.complete(caseId, "Task_AssignSurveyor", Map.of("surveyorId", surveyor));
        return caseId;
    }

    private Document page(String caseId, String slug, RequestPostProcessor as) throws Exception {
        String html = mvc.perform(get("/survey/cases/" + caseId + "/entry/" + slug).with(as))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static List<String> numbered(JsonNode choices) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            out.add((i + 1) + ". " + choices.get(i).asText());
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.now(), clock.zone()).truncatedTo(ChronoUnit.MINUTES);
    }
}
