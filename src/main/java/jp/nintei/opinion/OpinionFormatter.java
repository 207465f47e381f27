package jp.nintei.opinion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.opinion.OpinionChoices.Labeled;
import jp.nintei.opinion.OpinionContent.Finding;
import jp.nintei.opinion.OpinionView.Item;
import jp.nintei.opinion.OpinionView.Section;
import jp.nintei.time.JapaneseDates;

/** Turns stored opinions into OpinionView: the one place that words each answer. */
@Component
class OpinionFormatter {

    static final String NONE = "なし";
    static final String BLANK = "（未記入）";

    private final SpecialMedicalCare specialMedicalCare;
    private final ObjectMapper json;

    OpinionFormatter(SpecialMedicalCare specialMedicalCare, ObjectMapper json) {
        this.specialMedicalCare = specialMedicalCare;
        this.json = json;
    }

    OpinionView view(PhysicianOpinion o) {
        OpinionContent c = read(o.getContent());
        return new OpinionView(o.getCaseId(), o.getVersion(), o.getStatus(), o.getSource(), o.getPhysicianName(),
                o.getInstitutionName(), o.getWrittenDate(), o.getReceivedDate(), o.getRecordedAt(),
                o.getBedriddenLevel(), o.getDementiaLevel(), o.isConsentToShare(), o.getFeeCategory(),
                o.getSendBackReason(), o.getDocumentId(), c, specialCareNames(c), sections(c));
    }

    /** The sections of content not yet stored (the PDF of a submission is rendered before it is saved). */
    List<Section> sections(OpinionContent c) {
        return List.of(header(c), diseases(c), special(c), mind(c), life(c),
                new Section("5. 特記すべき事項", List.of(new Item("特記すべき事項", text(c.getSpecialNotes())))));
    }

    OpinionContent read(String stored) {
        try {
            return json.readValue(stored, OpinionContent.class).normaliseShape();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored opinion content is not readable", e);
        }
    }

    String write(OpinionContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("opinion content is not serialisable", e);
        }
    }

    private Section header(OpinionContent c) {
        String departments = c.getOtherDepartmentsVisited() == null ? BLANK
                : c.getOtherDepartmentsVisited().label() + (c.getOtherDepartments().isEmpty() ? ""
                        : "（" + withOther(c.getOtherDepartments(), c.getOtherDepartmentName()) + "）");
        return new Section("基本情報", List.of(
                new Item("記入日", date(c.getWrittenDate())),
                new Item("最終診察日", date(c.getLastExaminationDate())),
                new Item("意見書作成回数・作成料区分", label(c.getFeeCategory())),
                new Item("他科受診の有無", departments),
                new Item("介護サービス計画作成等への利用", label(c.getConsent()))));
    }

    private Section diseases(OpinionContent c) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < c.getDiagnoses().size(); i++) {
            var d = c.getDiagnoses().get(i);
            if (i == 0 || !d.isEmpty()) {
                items.add(new Item("診断名 " + (i + 1), text(d.getName())
                        + (d.getOnset() == null ? "" : "（発症 " + onset(d.getOnset()) + "）")));
            }
        }
        items.add(new Item("症状としての安定性", label(c.getStability())
                + (c.getInstabilityDetail() == null ? "" : "（" + c.getInstabilityDetail() + "）")));
        items.add(new Item("経過及び投薬内容を含む治療内容", text(c.getTreatmentCourse())));
        return new Section("1. 傷病に関する意見", items);
    }

    private Section special(OpinionContent c) {
        List<String> names = specialCareNames(c);
        return new Section("2. 特別な医療（過去14日間以内に受けた医療）",
                List.of(new Item("受けた医療", names.isEmpty() ? NONE : String.join("、", names))));
    }

    private Section mind(OpinionContent c) {
        return new Section("3. 心身の状態に関する意見", List.of(
                new Item("障害高齢者の日常生活自立度（寝たきり度）", c.getBedriddenLevel() == null ? BLANK : c.getBedriddenLevel().label()),
                new Item("認知症高齢者の日常生活自立度", c.getDementiaLevel() == null ? BLANK : c.getDementiaLevel().label()),
                new Item("短期記憶", label(c.getShortTermMemory())),
                new Item("日常の意思決定を行うための認知能力", label(c.getDecisionMaking())),
                new Item("自分の意思の伝達能力", label(c.getCommunication())),
                new Item("認知症の行動・心理症状（BPSD）", presence(c.getBpsd(), withOther(c.getBpsdSymptoms(), c.getBpsdOther()))),
                new Item("その他の精神・神経症状", presence(c.getOtherPsychiatric(), c.getOtherPsychiatricName())),
                new Item("専門医受診の有無", c.getOtherPsychiatric() != OpinionChoices.Presence.PRESENT
                        && c.getSpecialistConsulted() == null ? "—" : presence(c.getSpecialistConsulted(), c.getSpecialistDepartment())),
                new Item("利き腕", label(c.getHandedness())),
                new Item("身長・体重", measure(c.getHeightCm(), "cm") + " ／ " + measure(c.getWeightKg(), "kg")),
                new Item("過去6か月の体重の変化", label(c.getWeightChange())),
                new Item("四肢欠損", finding(c.getLimbLoss())),
                new Item("麻痺", paralysis(c)),
                new Item("筋力の低下", finding(c.getMuscleWeakness())),
                new Item("関節の拘縮", finding(c.getContracture())),
                new Item("関節の痛み", finding(c.getJointPain())),
                new Item("失調・不随意運動", c.getAtaxia().isEmpty() ? NONE : labels(c.getAtaxia())),
                new Item("褥瘡", finding(c.getPressureUlcer())),
                new Item("その他の皮膚疾患", finding(c.getSkinDisease()))));
    }

    private Section life(OpinionContent c) {
        var p = c.getCarePoints();
        String carePoints = List.of(point("血圧", p.getBloodPressure()), point("摂食", p.getEating()),
                point("嚥下", p.getSwallowing()), point("移動", p.getMobility()), point("運動", p.getExercise()),
                point("その他", p.getOther())).stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("／"));
        return new Section("4. 生活機能とサービスに関する意見", List.of(
                new Item("屋外歩行", label(c.getOutdoorWalking())),
                new Item("車いすの使用", label(c.getWheelchair())),
                new Item("歩行補助具・装具の使用", c.getWalkingAids().isEmpty() ? BLANK : labels(c.getWalkingAids())),
                new Item("食事行為", label(c.getEating())),
                new Item("現在の栄養状態", label(c.getNutrition())),
                new Item("栄養・食生活上の留意点", c.getNutritionNote() == null ? NONE : c.getNutritionNote()),
                new Item("現在あるかまたは今後発生の可能性の高い状態", c.getLikelyConditions().isEmpty() ? NONE
                        : withOther(c.getLikelyConditions(), c.getLikelyConditionOther())),
                new Item("対処方針", c.getCopingPolicy() == null ? NONE : c.getCopingPolicy()),
                new Item("生活機能の維持・改善の見通し", label(c.getOutlook())),
                new Item("医学的管理の必要性", c.getMedicalServices().isEmpty() ? NONE
                        : withOther(c.getMedicalServices(), c.getMedicalServiceOther())),
                new Item("サービス提供時の医学的観点からの留意事項", carePoints.isEmpty() ? "特になし" : carePoints),
                new Item("感染症の有無", label(c.getInfection())
                        + (c.getInfectionName() == null ? "" : "（" + c.getInfectionName() + "）"))));
    }

    private List<String> specialCareNames(OpinionContent c) {
        return c.getSpecialMedicalCare().stream()
                .map(no -> specialMedicalCare.item(no).map(SpecialMedicalCare.Item::name).orElse("項目" + no))
                .toList();
    }

    private static String paralysis(OpinionContent c) {
        List<String> sites = new ArrayList<>();
        site(sites, "右上肢", c.getParalysisRightUpper());
        site(sites, "左上肢", c.getParalysisLeftUpper());
        site(sites, "右下肢", c.getParalysisRightLower());
        site(sites, "左下肢", c.getParalysisLeftLower());
        site(sites, "その他", c.getParalysisOther());
        return sites.isEmpty() ? NONE : String.join("、", sites);
    }

    private static void site(List<String> sites, String name, Finding f) {
        if (f.isPresent()) {
            sites.add(name + (f.getSite() == null ? "" : "・" + f.getSite())
                    + (f.getDegree() == null ? "" : "（程度: " + f.getDegree().label() + "）"));
        }
    }

    private static String finding(Finding f) {
        if (!f.isPresent()) {
            return NONE;
        }
        List<String> parts = new ArrayList<>();
        if (f.getSite() != null) {
            parts.add("部位: " + f.getSite());
        }
        if (f.getDegree() != null) {
            parts.add("程度: " + f.getDegree().label());
        }
        return parts.isEmpty() ? "あり" : "あり（" + String.join("、", parts) + "）";
    }

    private static String point(String name, String text) {
        return text == null ? "" : name + ": " + text;
    }

    private static String presence(OpinionChoices.Presence presence, String detail) {
        if (presence == null) {
            return BLANK;
        }
        return presence.label() + (detail == null || detail.isEmpty() ? "" : "（" + detail + "）");
    }

    private static String withOther(Collection<? extends Labeled> chosen, String other) {
        return chosen.stream()
                .map(l -> l.label() + ("OTHER".equals(((Enum<?>) l).name()) && other != null ? "（" + other + "）" : ""))
                .collect(Collectors.joining("、"));
    }

    private static String labels(Collection<? extends Labeled> chosen) {
        return chosen.stream().map(Labeled::label).collect(Collectors.joining("、"));
    }

    private static String label(Labeled value) {
        return value == null ? BLANK : value.label();
    }

    private static String text(String value) {
        return value == null ? BLANK : value;
    }

    private static String measure(BigDecimal value, String unit) {
        return value == null ? "未測定" : value.stripTrailingZeros().toPlainString() + " " + unit;
    }

    private static String date(LocalDate date) {
        return date == null ? BLANK : JapaneseDates.format(date);
    }

    /** "2023-04" → 令和5年4月, "2023-04-01" → 令和5年4月1日; anything else as written. */
    static String onset(String onset) {
        try {
            if (onset.matches("\\d{4}-\\d{2}")) {
                return JapaneseDates.yearMonth(LocalDate.parse(onset + "-01"));
            }
            return JapaneseDates.format(LocalDate.parse(onset));
        } catch (RuntimeException e) {
            return onset;
        }
    }
}
