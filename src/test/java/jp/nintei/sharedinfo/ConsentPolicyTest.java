package jp.nintei.sharedinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole consent matrix of the one consent class: resident consent × physician consent
 * (given, refused, opinion not yet in) × notification (none, active, ended) × result notified.
 */
class ConsentPolicyTest {

    final ConsentPolicy policy = new ConsentPolicy();

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (boolean resident : new boolean[] {true, false}) {
            for (Boolean physician : new Boolean[] {Boolean.TRUE, Boolean.FALSE, null}) {
                for (CarePlanLink link : CarePlanLink.values()) {
                    for (boolean notified : new boolean[] {true, false}) {
                        rows.add(Arguments.of(resident, physician, link, notified, expected(resident, physician, link, notified)));
                    }
                }
            }
        }
        return rows.stream();
    }

    /** The rule of DESIGN.md §4, written out independently of the implementation. */
    static Set<Section> expected(boolean resident, Boolean physician, CarePlanLink link, boolean notified) {
        if (link != CarePlanLink.ACTIVE || !resident) {
            return EnumSet.noneOf(Section.class);
        }
        Set<Section> sections = EnumSet.of(Section.PROGRESS, Section.APPLICATION, Section.SURVEY);
        if (Boolean.TRUE.equals(physician)) {
            sections.add(Section.OPINION);
        }
        if (notified) {
            sections.add(Section.DETERMINATION);
            sections.add(Section.DECISION);
        }
        return sections;
    }

    @ParameterizedTest(name = "resident={0} physician={1} link={2} notified={3} → {4}")
    @MethodSource("matrix")
    void anOfficeSeesExactlyWhatTheConsentsAndItsNotificationAllow(boolean resident, Boolean physician,
            CarePlanLink link, boolean notified, Set<Section> expected) {
        Disclosure d = policy.forCarePlanOffice(new ConsentFacts(resident, physician, notified), link);
        assertThat(d.visible()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(d.withheld().keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(
                expected.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(expected)));
        assertThat(d.withheld().values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @ParameterizedTest(name = "resident={0} physician={1} notified={2}")
    @MethodSource("consents")
    void anExternalSubscriberGetsWhatALinkedOfficeWouldSee(boolean resident, Boolean physician, boolean notified) {
        var facts = new ConsentFacts(resident, physician, notified);
        assertThat(policy.forSubscriber(Audience.EXTERNAL, facts).visible())
                .containsExactlyInAnyOrderElementsOf(expected(resident, physician, CarePlanLink.ACTIVE, notified));
        assertThat(policy.forSubscriber(Audience.INSURER, facts).visible()).containsExactlyInAnyOrder(Section.values());
    }

    @ParameterizedTest(name = "resident={0} physician={1} notified={2}")
    @MethodSource("consents")
    void theResidentSeesProgressAlwaysAndTheResultOnceNotified(boolean resident, Boolean physician, boolean notified) {
        Disclosure d = policy.forResident(new ConsentFacts(resident, physician, notified));
        Set<Section> expected = notified
                ? EnumSet.of(Section.PROGRESS, Section.APPLICATION, Section.DECISION)
                : EnumSet.of(Section.PROGRESS, Section.APPLICATION);
        assertThat(d.visible()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(d.withheld()).containsKeys(Section.SURVEY, Section.OPINION, Section.DETERMINATION);
    }

    static Stream<Arguments> consents() {
        return matrix().map(a -> a.get()).filter(a -> a[2] == CarePlanLink.ACTIVE)
                .map(a -> Arguments.of(a[0], a[1], a[3]));
    }

    @ParameterizedTest
    @EnumSource(CarePlanLink.class)
    void reasonsSayWhySomethingIsWithheld(CarePlanLink link) {
        var d = policy.forCarePlanOffice(new ConsentFacts(true, false, false), link);
        String expectedOpinionReason = switch (link) {
            case NONE -> ConsentPolicy.NO_NOTIFICATION;
            case ENDED -> ConsentPolicy.NOTIFICATION_ENDED;
            case ACTIVE -> ConsentPolicy.NO_PHYSICIAN_CONSENT;
        };
        assertThat(d.withheld().get(Section.OPINION)).isEqualTo(expectedOpinionReason);
        assertThat(policy.forCarePlanOffice(new ConsentFacts(false, true, true), CarePlanLink.ACTIVE).withheld())
                .containsEntry(Section.PROGRESS, ConsentPolicy.NO_RESIDENT_CONSENT);
        assertThat(policy.forCarePlanOffice(new ConsentFacts(true, null, false), CarePlanLink.ACTIVE).withheld())
                .containsEntry(Section.OPINION, ConsentPolicy.OPINION_NOT_YET);
    }

    @Test
    void staffSeeEverything() {
        assertThat(policy.forStaff().visible()).containsExactlyInAnyOrder(Section.values());
        assertThat(policy.forStaff().withheld()).isEmpty();
    }
}
