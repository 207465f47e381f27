package jp.nintei.opinion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import jp.nintei.opinion.OpinionChoices.Communication;
import jp.nintei.opinion.OpinionChoices.Consent;
import jp.nintei.opinion.OpinionChoices.DecisionMaking;
import jp.nintei.opinion.OpinionChoices.Degree;
import jp.nintei.opinion.OpinionChoices.Eating;
import jp.nintei.opinion.OpinionChoices.FeeCategory;
import jp.nintei.opinion.OpinionChoices.Handedness;
import jp.nintei.opinion.OpinionChoices.Infection;
import jp.nintei.opinion.OpinionChoices.LikelyCondition;
import jp.nintei.opinion.OpinionChoices.MedicalService;
import jp.nintei.opinion.OpinionChoices.Nutrition;
import jp.nintei.opinion.OpinionChoices.OutdoorWalking;
import jp.nintei.opinion.OpinionChoices.Outlook;
import jp.nintei.opinion.OpinionChoices.Presence;
import jp.nintei.opinion.OpinionChoices.ShortTermMemory;
import jp.nintei.opinion.OpinionChoices.Stability;
import jp.nintei.opinion.OpinionChoices.WalkingAid;
import jp.nintei.opinion.OpinionChoices.WeightChange;
import jp.nintei.opinion.OpinionChoices.WheelchairUse;
import jp.nintei.opinion.registry.InstitutionDetails;
import jp.nintei.opinion.registry.Physician;
import jp.nintei.opinion.registry.PhysicianDetails;
import jp.nintei.opinion.registry.PhysicianRegistry;
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;
import jp.nintei.support.TestData;

/** Registry entries and complete, valid opinions for tests; every call makes its own physician. */
@Component
public class OpinionTestData {

    /** The physician CaseDriver asks; created once, electronic. */
    public static final String DRIVER_PHYSICIAN = "T-DRIVER";

    private final PhysicianRegistry registry;

    OpinionTestData(PhysicianRegistry registry) {
        this.registry = registry;
    }

    public String driverPhysician() {
        if (registry.physician(DRIVER_PHYSICIAN).isEmpty()) {
            registry.saveInstitution("9900000001", new InstitutionDetails("テスト病院", "100-0001", "テスト市本町1-1",
                    "03-0000-0001", "03-0000-0002", "opinion@test-hospital.example.jp", true, true));
            registry.savePhysician("9900000001", DRIVER_PHYSICIAN, new PhysicianDetails("主治医 一郎", "しゅじい いちろう",
                    "内科", false, true));
        }
        return DRIVER_PHYSICIAN;
    }

    /** A new physician at a new institution; electronic ones get a unique mail address. */
    public Physician physician(boolean electronic, String name) {
        String number = TestData.uniqueNumber();
        registry.saveInstitution(number, new InstitutionDetails("試験医院" + number.substring(6), null, "テスト市" + number,
                "03-1111-" + number.substring(6), "03-2222-" + number.substring(6),
                electronic ? "clinic-" + number + "@example.jp" : null, electronic, true));
        return registry.savePhysician(number, "P" + number, new PhysicianDetails(name, null, "内科", false, true));
    }

    /** A fully written opinion that passes OpinionContentValidator. */
    public static OpinionContent complete(LocalDate today) {
        OpinionContent c = new OpinionContent();
        c.setWrittenDate(today);
        c.setLastExaminationDate(today.minusDays(3));
        c.setFeeCategory(FeeCategory.FIRST_HOME);
        c.setConsent(Consent.AGREE);
        c.setOtherDepartmentsVisited(Presence.ABSENT);
        c.getDiagnoses().get(0).setName("脳梗塞後遺症");
        c.getDiagnoses().get(0).setOnset("2023-04");
        c.getDiagnoses().get(1).setName("高血圧症");
        c.setStability(Stability.STABLE);
        c.setTreatmentCourse("脳梗塞発症後リハビリを継続。降圧薬を内服中。");
        c.setSpecialMedicalCare(new TreeSet<>(Set.of(1, 10)));
        c.setBedriddenLevel(BedriddenLevel.A1);
        c.setDementiaLevel(DementiaLevel.IIA);
        c.setShortTermMemory(ShortTermMemory.PROBLEM);
        c.setDecisionMaking(DecisionMaking.SOMEWHAT_DIFFICULT);
        c.setCommunication(Communication.SOMEWHAT_DIFFICULT);
        c.setBpsd(Presence.ABSENT);
        c.setOtherPsychiatric(Presence.ABSENT);
        c.setHandedness(Handedness.RIGHT);
        c.setHeightCm(new BigDecimal("152.5"));
        c.setWeightKg(new BigDecimal("48"));
        c.setWeightChange(WeightChange.MAINTAINED);
        c.getParalysisRightUpper().setPresent(true);
        c.getParalysisRightUpper().setDegree(Degree.MODERATE);
        c.setOutdoorWalking(OutdoorWalking.WITH_ASSISTANCE);
        c.setWheelchair(WheelchairUse.NOT_USED);
        c.setWalkingAids(EnumSet.of(WalkingAid.OUTDOORS));
        c.setEating(Eating.INDEPENDENT);
        c.setNutrition(Nutrition.GOOD);
        c.setLikelyConditions(EnumSet.of(LikelyCondition.FALL_FRACTURE));
        c.setCopingPolicy("転倒予防のため住環境を整える");
        c.setOutlook(Outlook.EXPECTED);
        c.setMedicalServices(EnumSet.of(MedicalService.HOME_REHABILITATION));
        c.getCarePoints().setBloodPressure("収縮期160以上で入浴を控える");
        c.setInfection(Infection.ABSENT);
        c.setSpecialNotes("右片麻痺あり。屋外は杖歩行。");
        return c.normaliseShape();
    }
}
