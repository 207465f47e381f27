package jp.nintei.survey;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.survey.SurveyAnswers.Overview;
import jp.nintei.survey.SurveyAnswers.ServiceUse;

/** Survey answers for tests, built from the catalog rather than typed out. */
public final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /**
     * A complete survey without warnings: every item answered with its first choice (ない,
     * できる, 介助されていない…), 寝たきり度 J1, 認知症自立度 Ⅰ, one service in use and one note.
     */
    public static SurveyAnswers complete(SurveyCatalog catalog, LocalDateTime surveyedAt, String surveyorId) {
        Map<String, List<Integer>> choices = new HashMap<>();
        catalog.items().forEach(item -> choices.put(item.id(), List.of(1)));
        var overview = new Overview(surveyedAt, PlaceKind.HOME, null, surveyorId,
                List.of(new ServiceUse(ServiceKind.DAY_SERVICE, 8, null)), null, "長女と同居。日中は独居", "持ち家（2階建て）、段差あり");
        return new SurveyAnswers(overview, choices, List.of(), BedriddenLevel.J1, DementiaLevel.I,
                Map.of("1-7", "屋外では杖を使用している"));
    }

    /** The same answers with one item changed. */
    public static SurveyAnswers with(SurveyAnswers answers, String itemId, Integer... choices) {
        Map<String, List<Integer>> changed = new HashMap<>(answers.choices());
        changed.put(itemId, List.of(choices));
        return new SurveyAnswers(answers.overview(), changed, answers.specialMedicalCare(), answers.bedriddenLevel(),
                answers.dementiaLevel(), answers.notes());
    }
}
