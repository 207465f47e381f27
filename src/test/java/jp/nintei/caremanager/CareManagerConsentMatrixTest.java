package jp.nintei.caremanager;

import static jp.nintei.caremanager.CareManagerFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jp.nintei.audit.AuditEvent;
import jp.nintei.audit.AuditEventRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.sharedinfo.CarePlanLink;
import jp.nintei.support.ProcessTest;

/**
 * The consent matrix end to end: for every combination of the resident's consent, the
 * physician's consent and the office's notification (none, active, ended), a notified case is
 * run through the real stages and the office opens its client page. Exactly the sections the
 * rules allow are on the page, the others are named with their reason, and only what was
 * shown is written to the audit log.
 */
@ProcessTest
@AutoConfigureMockMvc
class CareManagerConsentMatrixTest {

    @Autowired CareManagerFixtures fixtures;
    @Autowired MockMvc mvc;
    @Autowired AuditEventRepository audit;

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (boolean resident : new boolean[] {true, false}) {
            for (boolean physician : new boolean[] {true, false}) {
                for (CarePlanLink link : CarePlanLink.values()) {
                    rows.add(Arguments.of(resident, physician, link));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "resident consent={0}, physician consent={1}, notification={2}")
    @MethodSource("matrix")
    void theOfficeSeesExactlyWhatTheConsentsAndTheNotificationAllow(boolean resident, boolean physician,
            CarePlanLink link) throws Exception {
        CareManagerPrincipal office = fixtures.office();
        InsuredPerson person = fixtures.person();
        String caseId = fixtures.notifiedCase(person, resident, physician);
        switch (link) {
            case ACTIVE -> fixtures.activeNotification(office, person);
            case ENDED -> fixtures.endedNotification(office, person);
            case NONE -> { }
        }

        MvcResult result = mvc.perform(get("/care-manager/clients/" + person.getInsuredNumber()).with(as(office)))
                .andReturn();
        List<AuditEvent> reads = audit.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(e -> e.getActor().equals(office.getName())).toList();

        if (link != CarePlanLink.ACTIVE) {
            assertThat(result.getResponse().getStatus()).isEqualTo(link == CarePlanLink.NONE ? 404 : 403);
            assertThat(page(result).text()).doesNotContain(caseId).contains("表示できません");
            assertThat(reads).as("nothing read, nothing audited").isEmpty();
            return;
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select("section.case[data-case=" + caseId + "]")).hasSize(1);
        boolean progress = resident;
        boolean survey = resident;
        boolean opinion = resident && physician;
        boolean result_ = resident;
        assertThat(page.select(".progress").isEmpty()).isEqualTo(!progress);
        assertThat(page.select(".section-survey").isEmpty()).isEqualTo(!survey);
        assertThat(page.select(".section-opinion").isEmpty()).isEqualTo(!opinion);
        assertThat(page.select(".section-determination").isEmpty()).isEqualTo(!result_);
        assertThat(page.select(".section-decision").isEmpty()).isEqualTo(!result_);
        if (!resident) {
            assertThat(page.select(".withheld[data-section=PROGRESS]").text()).contains("情報提供に同意していない");
            assertThat(page.text()).doesNotContain("要介護2", "テスト病院");
        } else if (!physician) {
            assertThat(page.select(".withheld[data-section=OPINION]").text()).contains("主治医が意見書の提供に同意していない");
            assertThat(page.text()).doesNotContain("テスト病院").contains("要介護2");
        } else {
            assertThat(page.select(".withheld")).isEmpty();
            assertThat(page.select(".section-opinion").text()).contains("テスト病院", "A1", "Ⅱa");
        }
        assertThat(reads).extracting(AuditEvent::getDocument).containsExactlyInAnyOrderElementsOf(expectedDocuments(
                progress, survey, opinion, result_));
        assertThat(reads).allSatisfy(e -> assertThat(e.getPurpose()).contains(office.officeNumber()));
    }

    private static List<String> expectedDocuments(boolean progress, boolean survey, boolean opinion, boolean result) {
        List<String> documents = new ArrayList<>();
        if (progress) {
            documents.add("進捗");
            documents.add("申請");
        }
        if (survey) {
            documents.add("認定調査");
        }
        if (opinion) {
            documents.add("主治医意見書");
        }
        if (result) {
            documents.add("一次判定・二次判定");
            documents.add("認定結果・被保険者証");
        }
        return documents;
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
