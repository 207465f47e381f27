package jp.nintei.caremanager;

import static jp.nintei.caremanager.CareManagerFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import jp.nintei.application.ApplicantKind;
import jp.nintei.application.CertificationApplicationRepository;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.insured.InsuredPersonRepository;
import jp.nintei.office.OfficeClients;
import jp.nintei.sharedinfo.CarePlanLink;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.ProcessTest;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.NotFoundException;
import jp.nintei.web.StateConflictException;

/** The office's client list (sortable), its notifications, 代理申請, and the client relation it feeds. */
@ProcessTest
@AutoConfigureMockMvc
class CareManagerPortalTest {

    @Autowired CareManagerFixtures fixtures;
    @Autowired CarePlanNotifications notifications;
    @Autowired CaseDriver cases;
    @Autowired TestData data;
    @Autowired OfficeClients officeClients;
    @Autowired CertificationApplicationRepository applications;
    @Autowired AuditEventRepository audit;
    @Autowired BusinessClock clock;
    @Autowired MockMvc mvc;
    @Autowired InsuredPersonRepository persons;

    @Test
    void theListShowsTheOfficesCurrentClientsWithStateAndExpectedDateAndSorts() throws Exception {
        CareManagerPrincipal me = fixtures.office();
        CareManagerPrincipal other = fixtures.office();
        InsuredPerson early = person("アイダ ハナ");
        InsuredPerson late = person("ワタナベ ジロウ");
        InsuredPerson noConsent = person("カトウ ミキ");
        InsuredPerson noCase = person("サトウ イチ");
        InsuredPerson ended = person("タナカ ユウ");
        InsuredPerson othersClient = person("ヤマダ タロウ");
        String earlyCase = fixtures.application(early, true); // RECEIVED: survey visit expected in 7 days
        String lateCase = fixtures.application(late, true);
        cases.confirmIntake(lateCase); // DOCUMENTS: the opinion expected in 13 days
        String hiddenCase = fixtures.application(noConsent, false);
        fixtures.application(ended, true);
        fixtures.application(othersClient, true);
        for (InsuredPerson p : List.of(early, late, noConsent, noCase)) {
            fixtures.activeNotification(me, p);
        }
        fixtures.endedNotification(me, ended);
        fixtures.activeNotification(other, othersClient);

        // Rows without a date the office may see come last, in insured-number order.
        List<String> undated = Stream.of(noConsent, noCase).map(InsuredPerson::getInsuredNumber)
                .sorted().toList();
        Document page = list(me, "expected", "asc");
        assertThat(rows(page)).containsExactly(early.getInsuredNumber(), late.getInsuredNumber(), undated.get(0),
                undated.get(1));
        assertThat(row(page, earlyCase)).contains("申請受付", "訪問調査の目安");
        assertThat(row(page, lateCase)).contains("訪問調査・主治医意見書", "調査と意見書がそろう目安");
        assertThat(row(page, hiddenCase)).contains("同意していない").doesNotContain("目安");
        assertThat(page.text()).contains("申請なし").doesNotContain(ended.getInsuredNumber(), othersClient.getInsuredNumber());

        assertThat(rows(list(me, "expected", "desc"))).as("rows without a date stay last")
                .containsExactly(late.getInsuredNumber(), early.getInsuredNumber(), undated.get(0), undated.get(1));
        assertThat(rows(list(me, "name", "asc"))).containsExactly(early.getInsuredNumber(), noConsent.getInsuredNumber(),
                noCase.getInsuredNumber(), late.getInsuredNumber());
        assertThat(rows(list(me, "state", "desc")).subList(0, 2)).containsExactly(late.getInsuredNumber(),
                early.getInsuredNumber());
        assertThat(list(me, "expected", "asc").select("th[aria-sort=ascending] a").attr("href"))
                .contains("sort=expected").contains("dir=desc");

        assertThat(audit.findByCaseIdOrderByIdAsc(earlyCase)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(me.getName());
            assertThat(e.getDocument()).isEqualTo("進捗");
            assertThat(e.getPurpose()).contains("利用者一覧");
        });
        assertThat(audit.findByCaseIdOrderByIdAsc(hiddenCase)).noneMatch(e -> e.getActor().equals(me.getName()));
    }

    @Test
    void anOfficeFilesANotificationWhichEndsTheOtherOfficesAndFeedsOfficeClients() throws Exception {
        CareManagerPrincipal previous = fixtures.office();
        CareManagerPrincipal me = fixtures.office();
        InsuredPerson person = fixtures.person();
        LocalDate today = clock.today();
        fixtures.activeNotification(previous, person);
        assertThat(officeClients.isClient(previous.officeNumber(), person, today)).isTrue();

        mvc.perform(post("/care-manager/notifications").with(as(me)).with(csrf())
                        .param("insuredNumber", person.getInsuredNumber())
                        .param("birthDate", person.getBirthDate().toString())
                        .param("startDate", today.toString()))
                .andExpect(redirectedUrl("/care-manager/notifications"));

        assertThat(officeClients.relation(me.officeNumber(), person, today))
                .hasValueSatisfying(r -> assertThat(r).contains("居宅サービス計画作成依頼届出"));
        assertThat(officeClients.isClient(previous.officeNumber(), person, today)).isFalse();
        assertThat(officeClients.isClient(previous.officeNumber(), person, today.minusDays(1))).isTrue();
        var ofPerson = notifications.ofPerson(person);
        assertThat(ofPerson).hasSize(2);
        assertThat(ofPerson.get(1).getEndDate()).isEqualTo(today.minusDays(1));
        assertThat(ofPerson.get(1).getEndReason()).contains(me.officeName());

        var again = mvc.perform(post("/care-manager/notifications").with(as(me)).with(csrf())
                        .param("insuredNumber", person.getInsuredNumber())
                        .param("birthDate", person.getBirthDate().toString())
                        .param("startDate", today.toString()))
                .andExpect(status().isOk()).andReturn();
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("既に提出されています");
    }

    @Test
    void aNotificationNeedsTheMatchingBirthDateAndSaysSoInJapanese() throws Exception {
        CareManagerPrincipal me = fixtures.office();
        InsuredPerson person = fixtures.person();
        var page = mvc.perform(post("/care-manager/notifications").with(as(me)).with(csrf())
                        .param("insuredNumber", person.getInsuredNumber())
                        .param("birthDate", person.getBirthDate().plusDays(1).toString())
                        .param("startDate", clock.today().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("被保険者番号と生年月日が一致する被保険者が見つかりません");
        var badDate = mvc.perform(post("/care-manager/notifications").with(as(me)).with(csrf())
                        .param("insuredNumber", person.getInsuredNumber()).param("birthDate", "昭和")
                        .param("startDate", clock.today().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(badDate).contains("生年月日を正しい日付");
        assertThat(notifications.ofPerson(person)).isEmpty();
    }

    @Test
    void anOfficeEndsItsNotificationAndLosesAccessTheNextDay() throws Exception {
        CareManagerPrincipal me = fixtures.office();
        InsuredPerson person = fixtures.person();
        fixtures.application(person, true);
        var n = fixtures.activeNotification(me, person);
        mvc.perform(get("/care-manager/clients/" + person.getInsuredNumber()).with(as(me))).andExpect(status().isOk());

        mvc.perform(post("/care-manager/notifications/" + n.getId() + "/end").with(as(me)).with(csrf())
                        .param("endDate", clock.today().minusDays(1).toString()).param("reason", "施設入所"))
                .andExpect(redirectedUrl("/care-manager/notifications"));
        mvc.perform(get("/care-manager/clients/" + person.getInsuredNumber()).with(as(me))).andExpect(status().isForbidden());

        CareManagerPrincipal stranger = fixtures.office();
        assertThatThrownBy(() -> notifications.end(n.getId(), stranger.officeNumber(),
                clock.today(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notifications.end(n.getId(), me.officeNumber(),
                clock.today(), null)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aProxyApplicationGoesThroughIntakeInTheOfficesNameTogetherWithTheNotification() throws Exception {
        CareManagerPrincipal me = fixtures.office();
        InsuredPerson person = fixtures.person();
        mvc.perform(post("/care-manager/applications").with(as(me)).with(csrf())
                        .param("insuredNumber", person.getInsuredNumber())
                        .param("birthDate", person.getBirthDate().toString())
                        .param("applicationType", "NEW")
                        .param("consentToShare", "true")
                        .param("attendingPhysicianName", "主治医 二郎")
                        .param("medicalInstitutionName", "さくら病院")
                        .param("alsoFileNotification", "true"))
                .andExpect(redirectedUrl("/care-manager"));

        var application = applications.findAll().stream()
                .filter(a -> a.getInsuredPerson().getId().equals(person.getId())).findFirst().orElseThrow();
        assertThat(application.getApplicantKind()).isEqualTo(ApplicantKind.CARE_MANAGER_OFFICE);
        assertThat(application.getProxyOfficeNumber()).isEqualTo(me.officeNumber());
        assertThat(application.getProxyOfficeName()).isEqualTo(me.officeName());
        assertThat(application.getApplicantName()).isEqualTo(me.displayName());
        assertThat(application.getCreatedBy()).isEqualTo(me.getName());
        assertThat(application.isConsentToShare()).isTrue();
        assertThat(cases.instance(application.getCaseId())).isNotNull();
        assertThat(notifications.link(me.officeNumber(), person, clock.today()))
                .isEqualTo(CarePlanLink.ACTIVE);

        Document mine = list(me, "expected", "asc");
        assertThat(row(mine, application.getCaseId())).contains("申請受付");
    }

    @Test
    void aRefusedProxyApplicationShowsTheReasonAndStoresNothing() throws Exception {
        CareManagerPrincipal me = fixtures.office();
        InsuredPerson secondInsured = data.person(clock.today().minusYears(50), null);
        var page = mvc.perform(post("/care-manager/applications").with(as(me)).with(csrf())
                        .param("insuredNumber", secondInsured.getInsuredNumber())
                        .param("birthDate", secondInsured.getBirthDate().toString())
                        .param("applicationType", "NEW")
                        .param("alsoFileNotification", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("特定疾病に該当する場合に限り申請できます");
        assertThat(applications.findAll()).noneMatch(a -> a.getInsuredPerson().getId().equals(secondInsured.getId()));
        assertThat(notifications.ofPerson(secondInsured)).as("the notification rolled back with it").isEmpty();
    }

    private InsuredPerson person(String kana) {
        InsuredPerson p = fixtures.person();
        p.updateIdentity(p.getName(), kana, p.getBirthDate(), p.getSex());
        return persons.save(p);
    }

    private Document list(CareManagerPrincipal me, String sort, String dir) throws Exception {
        String html = mvc.perform(get("/care-manager").param("sort", sort).param("dir", dir).with(as(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static List<String> rows(Document page) {
        return page.select("#client-cases tbody tr td:first-child").eachText();
    }

    private static String row(Document page, String caseId) {
        return page.select("#client-cases tr[data-case=" + caseId + "]").text();
    }
}
