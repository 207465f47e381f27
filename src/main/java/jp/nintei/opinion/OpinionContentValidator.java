package jp.nintei.opinion;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import jp.nintei.opinion.OpinionChoices.Bpsd;
import jp.nintei.opinion.OpinionChoices.Department;
import jp.nintei.opinion.OpinionChoices.Infection;
import jp.nintei.opinion.OpinionChoices.LikelyCondition;
import jp.nintei.opinion.OpinionChoices.MedicalService;
import jp.nintei.opinion.OpinionChoices.Presence;
import jp.nintei.opinion.OpinionChoices.Stability;
import jp.nintei.opinion.OpinionChoices.WalkingAid;
import jp.nintei.opinion.OpinionContent.Finding;
import jp.nintei.time.BusinessClock;

/**
 * The rules a submitted 主治医意見書 must meet, for the portal and the API alike. Messages are
 * Japanese and say what to do; each is attached to the field it is about. Drafts are not
 * validated: a physician may save half a form.
 */
@Component
public class OpinionContentValidator implements Validator {

    static final int SHORT_TEXT = 100;
    static final int TEXT = 500;
    static final int LONG_TEXT = 2000;
    private static final Pattern ONSET = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    private final SpecialMedicalCare specialMedicalCare;
    private final BusinessClock clock;

    OpinionContentValidator(SpecialMedicalCare specialMedicalCare, BusinessClock clock) {
        this.specialMedicalCare = specialMedicalCare;
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> type) {
        return OpinionContent.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        OpinionContent c = (OpinionContent) target;
        header(c, errors);
        diseases(c, errors);
        specialCare(c, errors);
        mind(c, errors);
        body(c, errors);
        lifeAndServices(c, errors);
        text(errors, "specialNotes", "特記すべき事項", c.getSpecialNotes(), LONG_TEXT);
    }

    private void header(OpinionContent c, Errors errors) {
        LocalDate today = clock.today();
        required(errors, "writtenDate", c.getWrittenDate(), "記入日を入力してください");
        if (c.getWrittenDate() != null && c.getWrittenDate().isAfter(today)) {
            errors.rejectValue("writtenDate", "future", "記入日に未来の日付は指定できません");
        }
        required(errors, "lastExaminationDate", c.getLastExaminationDate(), "最終診察日を入力してください");
        if (c.getLastExaminationDate() != null && c.getLastExaminationDate().isAfter(
                c.getWrittenDate() != null && c.getWrittenDate().isBefore(today) ? c.getWrittenDate() : today)) {
            errors.rejectValue("lastExaminationDate", "order", "最終診察日は記入日以前の日付を入力してください");
        }
        required(errors, "feeCategory", c.getFeeCategory(), "意見書の作成区分（初回・2回目以降／在宅・施設）を選択してください");
        required(errors, "consent", c.getConsent(),
                "介護サービス計画作成等への利用について「同意する」「同意しない」のいずれかを選択してください");
        required(errors, "otherDepartmentsVisited", c.getOtherDepartmentsVisited(), "他科受診の有無を選択してください");
        choiceWithOther(errors, c.getOtherDepartmentsVisited(), c.getOtherDepartments(), "otherDepartments",
                "受診している診療科を選択してください", "他科受診を「無」とした場合は診療科を選択しないでください");
        if (c.getOtherDepartments().contains(Department.OTHER)) {
            required(errors, "otherDepartmentName", c.getOtherDepartmentName(), "「その他」の診療科名を入力してください");
        }
        text(errors, "otherDepartmentName", "診療科名", c.getOtherDepartmentName(), SHORT_TEXT);
    }

    private void diseases(OpinionContent c, Errors errors) {
        var diagnoses = c.getDiagnoses();
        if (diagnoses.get(0).getName() == null) {
            errors.rejectValue("diagnoses[0].name", "required", "診断名を1つ以上入力してください（生活機能低下の直接の原因となっている傷病名を1に）");
        }
        for (int i = 0; i < diagnoses.size(); i++) {
            var d = diagnoses.get(i);
            String path = "diagnoses[" + i + "]";
            if (d.getName() == null && d.getOnset() != null) {
                errors.rejectValue(path + ".name", "required", "発症年月日を入力した行には診断名も入力してください");
            }
            text(errors, path + ".name", "診断名", d.getName(), SHORT_TEXT);
            onset(errors, path + ".onset", d.getOnset());
        }
        required(errors, "stability", c.getStability(), "症状としての安定性を選択してください");
        if (c.getStability() == Stability.UNSTABLE) {
            required(errors, "instabilityDetail", c.getInstabilityDetail(), "「不安定」の場合は具体的な状況を入力してください");
        }
        text(errors, "instabilityDetail", "具体的な状況", c.getInstabilityDetail(), TEXT);
        required(errors, "treatmentCourse", c.getTreatmentCourse(), "経過及び投薬内容を含む治療内容を入力してください");
        text(errors, "treatmentCourse", "経過及び治療内容", c.getTreatmentCourse(), LONG_TEXT);
    }

    private void onset(Errors errors, String field, String onset) {
        if (onset == null) {
            return;
        }
        Matcher m = ONSET.matcher(onset);
        String format = "発症年月日は 2023-04 または 2023-04-01 の形式で入力してください";
        if (!m.matches()) {
            errors.rejectValue(field, "format", format);
            return;
        }
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            LocalDate date = m.group(3) == null ? month.atDay(1) : month.atDay(Integer.parseInt(m.group(3)));
            if (date.isAfter(clock.today())) {
                errors.rejectValue(field, "future", "発症年月日に未来の日付は指定できません");
            } else if (date.getYear() < 1900) {
                errors.rejectValue(field, "range", "発症年月日の年が正しくありません");
            }
        } catch (DateTimeException e) {
            errors.rejectValue(field, "format", format);
        }
    }

    private void specialCare(OpinionContent c, Errors errors) {
        if (c.getSpecialMedicalCare().stream().anyMatch(no -> no == null || !specialMedicalCare.exists(no))) {
            errors.rejectValue("specialMedicalCare", "choice", "特別な医療の項目が正しくありません");
        }
    }

    private void mind(OpinionContent c, Errors errors) {
        required(errors, "bedriddenLevel", c.getBedriddenLevel(), "障害高齢者の日常生活自立度（寝たきり度）を選択してください");
        required(errors, "dementiaLevel", c.getDementiaLevel(), "認知症高齢者の日常生活自立度を選択してください");
        required(errors, "shortTermMemory", c.getShortTermMemory(), "短期記憶を選択してください");
        required(errors, "decisionMaking", c.getDecisionMaking(), "日常の意思決定を行うための認知能力を選択してください");
        required(errors, "communication", c.getCommunication(), "自分の意思の伝達能力を選択してください");
        required(errors, "bpsd", c.getBpsd(), "認知症の行動・心理症状の有無を選択してください");
        choiceWithOther(errors, c.getBpsd(), c.getBpsdSymptoms(), "bpsdSymptoms",
                "「有」の場合は該当する症状を選択してください", "「無」とした場合は症状を選択しないでください");
        if (c.getBpsdSymptoms().contains(Bpsd.OTHER)) {
            required(errors, "bpsdOther", c.getBpsdOther(), "「その他」の症状を入力してください");
        }
        text(errors, "bpsdOther", "その他の症状", c.getBpsdOther(), SHORT_TEXT);
        required(errors, "otherPsychiatric", c.getOtherPsychiatric(), "その他の精神・神経症状の有無を選択してください");
        if (c.getOtherPsychiatric() == Presence.PRESENT) {
            required(errors, "otherPsychiatricName", c.getOtherPsychiatricName(), "「有」の場合は症状名を入力してください");
            required(errors, "specialistConsulted", c.getSpecialistConsulted(), "専門医受診の有無を選択してください");
        }
        if (c.getSpecialistConsulted() == Presence.PRESENT) {
            required(errors, "specialistDepartment", c.getSpecialistDepartment(), "受診している専門医の診療科を入力してください");
        }
        text(errors, "otherPsychiatricName", "症状名", c.getOtherPsychiatricName(), SHORT_TEXT);
        text(errors, "specialistDepartment", "診療科", c.getSpecialistDepartment(), SHORT_TEXT);
    }

    private void body(OpinionContent c, Errors errors) {
        required(errors, "handedness", c.getHandedness(), "利き腕を選択してください");
        range(errors, "heightCm", c.getHeightCm(), 30, 230, "身長は30〜230cmの範囲で入力してください");
        range(errors, "weightKg", c.getWeightKg(), 10, 200, "体重は10〜200kgの範囲で入力してください");
        required(errors, "weightChange", c.getWeightChange(), "過去6か月の体重の変化を選択してください");
        finding(errors, "limbLoss", c.getLimbLoss(), true, false);
        finding(errors, "paralysisRightUpper", c.getParalysisRightUpper(), false, true);
        finding(errors, "paralysisLeftUpper", c.getParalysisLeftUpper(), false, true);
        finding(errors, "paralysisRightLower", c.getParalysisRightLower(), false, true);
        finding(errors, "paralysisLeftLower", c.getParalysisLeftLower(), false, true);
        finding(errors, "paralysisOther", c.getParalysisOther(), true, true);
        finding(errors, "muscleWeakness", c.getMuscleWeakness(), true, true);
        finding(errors, "contracture", c.getContracture(), true, true);
        finding(errors, "jointPain", c.getJointPain(), true, true);
        finding(errors, "pressureUlcer", c.getPressureUlcer(), true, true);
        finding(errors, "skinDisease", c.getSkinDisease(), true, true);
    }

    private void finding(Errors errors, String field, Finding f, boolean needsSite, boolean needsDegree) {
        if (f.isPresent()) {
            if (needsSite) {
                required(errors, field + ".site", f.getSite(), "部位を入力してください");
            }
            if (needsDegree) {
                required(errors, field + ".degree", f.getDegree(), "程度（軽・中・重）を選択してください");
            }
        } else if (f.getSite() != null || f.getDegree() != null) {
            errors.rejectValue(field + ".present", "inconsistent", "部位や程度を記入した場合は「あり」にチェックを付けてください");
        }
        text(errors, field + ".site", "部位", f.getSite(), SHORT_TEXT);
    }

    private void lifeAndServices(OpinionContent c, Errors errors) {
        required(errors, "outdoorWalking", c.getOutdoorWalking(), "屋外歩行を選択してください");
        required(errors, "wheelchair", c.getWheelchair(), "車いすの使用を選択してください");
        if (c.getWalkingAids().isEmpty()) {
            errors.rejectValue("walkingAids", "required", "歩行補助具・装具の使用を選択してください");
        } else if (c.getWalkingAids().contains(WalkingAid.NOT_USED) && c.getWalkingAids().size() > 1) {
            errors.rejectValue("walkingAids", "inconsistent", "「用いていない」と使用場所は同時に選択できません");
        }
        required(errors, "eating", c.getEating(), "食事行為を選択してください");
        required(errors, "nutrition", c.getNutrition(), "現在の栄養状態を選択してください");
        text(errors, "nutritionNote", "栄養・食生活上の留意点", c.getNutritionNote(), TEXT);
        if (c.getLikelyConditions().contains(LikelyCondition.OTHER)) {
            required(errors, "likelyConditionOther", c.getLikelyConditionOther(), "「その他」の状態を入力してください");
        }
        text(errors, "likelyConditionOther", "その他の状態", c.getLikelyConditionOther(), SHORT_TEXT);
        text(errors, "copingPolicy", "対処方針", c.getCopingPolicy(), TEXT);
        required(errors, "outlook", c.getOutlook(), "生活機能の維持・改善の見通しを選択してください");
        if (c.getMedicalServices().contains(MedicalService.OTHER)) {
            required(errors, "medicalServiceOther", c.getMedicalServiceOther(), "「その他の医療系サービス」の内容を入力してください");
        }
        text(errors, "medicalServiceOther", "その他の医療系サービス", c.getMedicalServiceOther(), SHORT_TEXT);
        var points = c.getCarePoints();
        text(errors, "carePoints.bloodPressure", "血圧", points.getBloodPressure(), TEXT);
        text(errors, "carePoints.eating", "摂食", points.getEating(), TEXT);
        text(errors, "carePoints.swallowing", "嚥下", points.getSwallowing(), TEXT);
        text(errors, "carePoints.mobility", "移動", points.getMobility(), TEXT);
        text(errors, "carePoints.exercise", "運動", points.getExercise(), TEXT);
        text(errors, "carePoints.other", "その他", points.getOther(), TEXT);
        required(errors, "infection", c.getInfection(), "感染症の有無を選択してください");
        if (c.getInfection() == Infection.PRESENT) {
            required(errors, "infectionName", c.getInfectionName(), "「有」の場合は感染症名を入力してください");
        }
        text(errors, "infectionName", "感染症名", c.getInfectionName(), SHORT_TEXT);
    }

    private static void choiceWithOther(Errors errors, Presence presence, Set<?> chosen, String field,
            String missing, String unexpected) {
        if (presence == Presence.PRESENT && chosen.isEmpty()) {
            errors.rejectValue(field, "required", missing);
        } else if (presence == Presence.ABSENT && !chosen.isEmpty()) {
            errors.rejectValue(field, "inconsistent", unexpected);
        }
    }

    private static void required(Errors errors, String field, Object value, String message) {
        if (value == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "required", message);
        }
    }

    private static void range(Errors errors, String field, BigDecimal value, int min, int max, String message) {
        if (value != null && (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
                || value.scale() > 1)) {
            errors.rejectValue(field, "range", value.scale() > 1 ? "小数点以下は1桁まで入力できます" : message);
        }
    }

    private static void text(Errors errors, String field, String label, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.rejectValue(field, "length", label + "は" + max + "文字以内で入力してください");
        }
    }
}
