package jp.nintei.board.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import jp.nintei.board.packet.PacketView.Answer;
import jp.nintei.board.packet.PacketView.AnswerGroup;
import jp.nintei.board.packet.PacketView.Note;
import jp.nintei.survey.SurveyAnswers;
import jp.nintei.survey.SurveyAnswers.Overview;
import jp.nintei.survey.SurveyAnswers.ServiceUse;
import jp.nintei.survey.SurveyCatalog;
import jp.nintei.survey.SurveyCatalog.MedicalCare;
import jp.nintei.survey.SurveyService;
import jp.nintei.survey.SurveyView;

/**
 * The survey part of a case's sheet: every 基本調査 answer by group with the same person's
 * previous survey beside it and the change marks the survey pages show, the 特別な医療, the
 * services in use and the 特記事項. Labels and wording come from {@link SurveyCatalog}.
 */
@Component
class SurveySheet {

    static final String OTHER_GROUP = "その他（特別な医療・日常生活自立度）";

    private final SurveyService surveys;
    private final SurveyCatalog catalog;

    SurveySheet(SurveyService surveys, SurveyCatalog catalog) {
        this.surveys = surveys;
        this.catalog = catalog;
    }

    /** Groups 1–5, then the 12 特別な医療 and both 自立度; empty without a submitted survey. */
    List<AnswerGroup> answers(Optional<SurveyView> survey) {
        if (survey.isEmpty()) {
            return List.of();
        }
        SurveyAnswers now = survey.get().answers();
        SurveyAnswers previous = surveys.previousOf(survey.get().caseId()).map(SurveyView::answers).orElse(null);
        Set<String> changed = previous == null ? Set.of() : Set.copyOf(now.changedSince(previous, catalog));
        List<AnswerGroup> groups = new ArrayList<>();
        for (SurveyCatalog.Group g : catalog.groups()) {
            groups.add(new AnswerGroup("第" + g.id() + "群 " + g.name(), g.items().stream()
                    .map(i -> answer(i.id(), now, previous, changed)).toList()));
        }
        List<String> other = new ArrayList<>(catalog.medicalCare().stream().map(MedicalCare::id).toList());
        other.add(SurveyCatalog.BEDRIDDEN_NOTE);
        other.add(SurveyCatalog.DEMENTIA_NOTE);
        groups.add(new AnswerGroup(OTHER_GROUP, other.stream().map(id -> answer(id, now, previous, changed)).toList()));
        return groups;
    }

    private Answer answer(String id, SurveyAnswers now, SurveyAnswers previous, Set<String> changed) {
        return new Answer(id, catalog.nameOf(id), catalog.describe(now, id),
                previous == null ? null : catalog.describe(previous, id), changed.contains(id));
    }

    /** The names of the 特別な医療 the surveyor checked. */
    List<String> specialMedicalCare(Optional<SurveyView> survey) {
        return survey.map(s -> s.specialMedicalCare().stream()
                .map(no -> catalog.medicalCare(no).map(MedicalCare::name).orElse("項目" + no)).toList()).orElse(List.of());
    }

    /** 現在受けているサービス: kind, amount in its unit and the surveyor's note, masked. */
    List<String> services(Optional<SurveyView> survey, Masking masking) {
        return survey.map(s -> s.services().stream().map(u -> service(u, masking)).toList()).orElse(List.of());
    }

    private static String service(ServiceUse use, Masking masking) {
        String note = use.note() == null || use.note().isBlank() ? "" : "（" + masking.apply(use.note()) + "）";
        return use.kind().label() + " " + use.amountLabel() + note;
    }

    /**
     * The 概況調査 texts (not the facility, whose name would identify the person), then the 特記事項 by item
     * id in the form's order, all masked.
     */
    List<Note> notes(Optional<SurveyView> survey, Masking masking) {
        if (survey.isEmpty()) {
            return List.of();
        }
        List<Note> notes = new ArrayList<>();
        Overview o = survey.get().answers().overview();
        overview(notes, "概況調査 家族状況", o.family(), masking);
        overview(notes, "概況調査 居住環境", o.housing(), masking);
        survey.get().notes().forEach((id, text) -> notes.add(new Note(id, catalog.nameOf(id), masking.apply(text))));
        return notes;
    }

    private static void overview(List<Note> notes, String label, String text, Masking masking) {
        if (text != null && !text.isBlank()) {
            notes.add(new Note(null, label, masking.apply(text)));
        }
    }
}
