package jp.nintei.opinion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jp.nintei.opinion.OpinionChoices.AtaxiaSite;
import jp.nintei.opinion.OpinionChoices.Bpsd;
import jp.nintei.opinion.OpinionChoices.Communication;
import jp.nintei.opinion.OpinionChoices.Consent;
import jp.nintei.opinion.OpinionChoices.DecisionMaking;
import jp.nintei.opinion.OpinionChoices.Degree;
import jp.nintei.opinion.OpinionChoices.Department;
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
import jp.nintei.scale.BedriddenLevel;
import jp.nintei.scale.DementiaLevel;

/**
 * What the physician writes on the 主治医意見書: the header (dates, fee category, consent) and
 * sections 1–5. A plain bean because it is three things at once: the portal form's backing
 * object (Spring binds {@code diagnoses[0].name}), the JSON stored per draft and per submitted
 * version, and the body of the opinion API. Validation is OpinionContentValidator's alone.
 */
public class OpinionContent {

    public static final int DIAGNOSES = 3;

    // Header
    private LocalDate writtenDate;
    private LocalDate lastExaminationDate;
    private FeeCategory feeCategory;
    private Consent consent;
    private Presence otherDepartmentsVisited;
    private Set<Department> otherDepartments = EnumSet.noneOf(Department.class);
    private String otherDepartmentName;

    // 1 傷病に関する意見
    private List<Diagnosis> diagnoses = emptyDiagnoses();
    private Stability stability;
    private String instabilityDetail;
    private String treatmentCourse;

    // 2 特別な医療（過去14日間以内）: item numbers of domain/survey-items.json's specialMedicalCare
    private Set<Integer> specialMedicalCare = new TreeSet<>();

    // 3 心身の状態に関する意見
    private BedriddenLevel bedriddenLevel;
    private DementiaLevel dementiaLevel;
    private ShortTermMemory shortTermMemory;
    private DecisionMaking decisionMaking;
    private Communication communication;
    private Presence bpsd;
    private Set<Bpsd> bpsdSymptoms = EnumSet.noneOf(Bpsd.class);
    private String bpsdOther;
    private Presence otherPsychiatric;
    private String otherPsychiatricName;
    private Presence specialistConsulted;
    private String specialistDepartment;
    private Handedness handedness;
    private BigDecimal heightCm;
    private BigDecimal weightKg;
    private WeightChange weightChange;
    private Finding limbLoss = new Finding();
    private Finding paralysisRightUpper = new Finding();
    private Finding paralysisLeftUpper = new Finding();
    private Finding paralysisRightLower = new Finding();
    private Finding paralysisLeftLower = new Finding();
    private Finding paralysisOther = new Finding();
    private Finding muscleWeakness = new Finding();
    private Finding contracture = new Finding();
    private Finding jointPain = new Finding();
    private Set<AtaxiaSite> ataxia = EnumSet.noneOf(AtaxiaSite.class);
    private Finding pressureUlcer = new Finding();
    private Finding skinDisease = new Finding();

    // 4 生活機能とサービスに関する意見
    private OutdoorWalking outdoorWalking;
    private WheelchairUse wheelchair;
    private Set<WalkingAid> walkingAids = EnumSet.noneOf(WalkingAid.class);
    private Eating eating;
    private Nutrition nutrition;
    private String nutritionNote;
    private Set<LikelyCondition> likelyConditions = EnumSet.noneOf(LikelyCondition.class);
    private String likelyConditionOther;
    private String copingPolicy;
    private Outlook outlook;
    private Set<MedicalService> medicalServices = EnumSet.noneOf(MedicalService.class);
    private String medicalServiceOther;
    private CarePoints carePoints = new CarePoints();
    private Infection infection;
    private String infectionName;

    // 5 特記すべき事項
    private String specialNotes;

    /** One 診断名 with its 発症年月日 as written: "2023-04" or "2023-04-01" (approximate onsets are common). */
    public static class Diagnosis {
        private String name;
        private String onset;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getOnset() {
            return onset;
        }

        public void setOnset(String onset) {
            this.onset = onset;
        }

        @JsonIgnore
        public boolean isEmpty() {
            return name == null && onset == null;
        }
    }

    /** A bodily finding: whether present, where (部位), and how severe (程度). */
    public static class Finding {
        private boolean present;
        private String site;
        private Degree degree;

        public boolean isPresent() {
            return present;
        }

        public void setPresent(boolean present) {
            this.present = present;
        }

        public String getSite() {
            return site;
        }

        public void setSite(String site) {
            this.site = site;
        }

        public Degree getDegree() {
            return degree;
        }

        public void setDegree(Degree degree) {
            this.degree = degree;
        }
    }

    /** 4(6) サービス提供時における医学的観点からの留意事項; blank means 特になし. */
    public static class CarePoints {
        private String bloodPressure;
        private String eating;
        private String swallowing;
        private String mobility;
        private String exercise;
        private String other;

        public String getBloodPressure() {
            return bloodPressure;
        }

        public void setBloodPressure(String bloodPressure) {
            this.bloodPressure = bloodPressure;
        }

        public String getEating() {
            return eating;
        }

        public void setEating(String eating) {
            this.eating = eating;
        }

        public String getSwallowing() {
            return swallowing;
        }

        public void setSwallowing(String swallowing) {
            this.swallowing = swallowing;
        }

        public String getMobility() {
            return mobility;
        }

        public void setMobility(String mobility) {
            this.mobility = mobility;
        }

        public String getExercise() {
            return exercise;
        }

        public void setExercise(String exercise) {
            this.exercise = exercise;
        }

        public String getOther() {
            return other;
        }

        public void setOther(String other) {
            this.other = other;
        }
    }

    private static List<Diagnosis> emptyDiagnoses() {
        List<Diagnosis> list = new ArrayList<>(DIAGNOSES);
        for (int i = 0; i < DIAGNOSES; i++) {
            list.add(new Diagnosis());
        }
        return list;
    }

    /**
     * Exactly DIAGNOSES rows (the form's three lines; binding cannot grow the list) and no null
     * parts, whatever JSON or request the content came from.
     */
    public OpinionContent normaliseShape() {
        List<Diagnosis> fixed = emptyDiagnoses();
        for (int i = 0; diagnoses != null && i < Math.min(DIAGNOSES, diagnoses.size()); i++) {
            if (diagnoses.get(i) != null) {
                fixed.set(i, diagnoses.get(i));
            }
        }
        diagnoses = fixed;
        otherDepartments = orEmpty(otherDepartments, Department.class);
        bpsdSymptoms = orEmpty(bpsdSymptoms, Bpsd.class);
        ataxia = orEmpty(ataxia, AtaxiaSite.class);
        walkingAids = orEmpty(walkingAids, WalkingAid.class);
        likelyConditions = orEmpty(likelyConditions, LikelyCondition.class);
        medicalServices = orEmpty(medicalServices, MedicalService.class);
        specialMedicalCare = specialMedicalCare == null ? new TreeSet<>() : new TreeSet<>(specialMedicalCare);
        carePoints = carePoints == null ? new CarePoints() : carePoints;
        limbLoss = orEmpty(limbLoss);
        paralysisRightUpper = orEmpty(paralysisRightUpper);
        paralysisLeftUpper = orEmpty(paralysisLeftUpper);
        paralysisRightLower = orEmpty(paralysisRightLower);
        paralysisLeftLower = orEmpty(paralysisLeftLower);
        paralysisOther = orEmpty(paralysisOther);
        muscleWeakness = orEmpty(muscleWeakness);
        contracture = orEmpty(contracture);
        jointPain = orEmpty(jointPain);
        pressureUlcer = orEmpty(pressureUlcer);
        skinDisease = orEmpty(skinDisease);
        return this;
    }

    private static <E extends Enum<E>> Set<E> orEmpty(Set<E> set, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        if (set != null) {
            set.stream().filter(java.util.Objects::nonNull).forEach(copy::add);
        }
        return copy;
    }

    private static Finding orEmpty(Finding finding) {
        return finding == null ? new Finding() : finding;
    }

    public LocalDate getWrittenDate() {
        return writtenDate;
    }

    public void setWrittenDate(LocalDate writtenDate) {
        this.writtenDate = writtenDate;
    }

    public LocalDate getLastExaminationDate() {
        return lastExaminationDate;
    }

    public void setLastExaminationDate(LocalDate lastExaminationDate) {
        this.lastExaminationDate = lastExaminationDate;
    }

    public FeeCategory getFeeCategory() {
        return feeCategory;
    }

    public void setFeeCategory(FeeCategory feeCategory) {
        this.feeCategory = feeCategory;
    }

    public Consent getConsent() {
        return consent;
    }

    public void setConsent(Consent consent) {
        this.consent = consent;
    }

    public Presence getOtherDepartmentsVisited() {
        return otherDepartmentsVisited;
    }

    public void setOtherDepartmentsVisited(Presence otherDepartmentsVisited) {
        this.otherDepartmentsVisited = otherDepartmentsVisited;
    }

    public Set<Department> getOtherDepartments() {
        return otherDepartments;
    }

    public void setOtherDepartments(Set<Department> otherDepartments) {
        this.otherDepartments = otherDepartments;
    }

    public String getOtherDepartmentName() {
        return otherDepartmentName;
    }

    public void setOtherDepartmentName(String otherDepartmentName) {
        this.otherDepartmentName = otherDepartmentName;
    }

    public List<Diagnosis> getDiagnoses() {
        return diagnoses;
    }

    public void setDiagnoses(List<Diagnosis> diagnoses) {
        this.diagnoses = diagnoses;
    }

    public Stability getStability() {
        return stability;
    }

    public void setStability(Stability stability) {
        this.stability = stability;
    }

    public String getInstabilityDetail() {
        return instabilityDetail;
    }

    public void setInstabilityDetail(String instabilityDetail) {
        this.instabilityDetail = instabilityDetail;
    }

    public String getTreatmentCourse() {
        return treatmentCourse;
    }

    public void setTreatmentCourse(String treatmentCourse) {
        this.treatmentCourse = treatmentCourse;
    }

    public Set<Integer> getSpecialMedicalCare() {
        return specialMedicalCare;
    }

    public void setSpecialMedicalCare(Set<Integer> specialMedicalCare) {
        this.specialMedicalCare = specialMedicalCare;
    }

    public BedriddenLevel getBedriddenLevel() {
        return bedriddenLevel;
    }

    public void setBedriddenLevel(BedriddenLevel bedriddenLevel) {
        this.bedriddenLevel = bedriddenLevel;
    }

    public DementiaLevel getDementiaLevel() {
        return dementiaLevel;
    }

    public void setDementiaLevel(DementiaLevel dementiaLevel) {
        this.dementiaLevel = dementiaLevel;
    }

    public ShortTermMemory getShortTermMemory() {
        return shortTermMemory;
    }

    public void setShortTermMemory(ShortTermMemory shortTermMemory) {
        this.shortTermMemory = shortTermMemory;
    }

    public DecisionMaking getDecisionMaking() {
        return decisionMaking;
    }

    public void setDecisionMaking(DecisionMaking decisionMaking) {
        this.decisionMaking = decisionMaking;
    }

    public Communication getCommunication() {
        return communication;
    }

    public void setCommunication(Communication communication) {
        this.communication = communication;
    }

    public Presence getBpsd() {
        return bpsd;
    }

    public void setBpsd(Presence bpsd) {
        this.bpsd = bpsd;
    }

    public Set<Bpsd> getBpsdSymptoms() {
        return bpsdSymptoms;
    }

    public void setBpsdSymptoms(Set<Bpsd> bpsdSymptoms) {
        this.bpsdSymptoms = bpsdSymptoms;
    }

    public String getBpsdOther() {
        return bpsdOther;
    }

    public void setBpsdOther(String bpsdOther) {
        this.bpsdOther = bpsdOther;
    }

    public Presence getOtherPsychiatric() {
        return otherPsychiatric;
    }

    public void setOtherPsychiatric(Presence otherPsychiatric) {
        this.otherPsychiatric = otherPsychiatric;
    }

    public String getOtherPsychiatricName() {
        return otherPsychiatricName;
    }

    public void setOtherPsychiatricName(String otherPsychiatricName) {
        this.otherPsychiatricName = otherPsychiatricName;
    }

    public Presence getSpecialistConsulted() {
        return specialistConsulted;
    }

    public void setSpecialistConsulted(Presence specialistConsulted) {
        this.specialistConsulted = specialistConsulted;
    }

    public String getSpecialistDepartment() {
        return specialistDepartment;
    }

    public void setSpecialistDepartment(String specialistDepartment) {
        this.specialistDepartment = specialistDepartment;
    }

    public Handedness getHandedness() {
        return handedness;
    }

    public void setHandedness(Handedness handedness) {
        this.handedness = handedness;
    }

    public BigDecimal getHeightCm() {
        return heightCm;
    }

    public void setHeightCm(BigDecimal heightCm) {
        this.heightCm = heightCm;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(BigDecimal weightKg) {
        this.weightKg = weightKg;
    }

    public WeightChange getWeightChange() {
        return weightChange;
    }

    public void setWeightChange(WeightChange weightChange) {
        this.weightChange = weightChange;
    }

    public Finding getLimbLoss() {
        return limbLoss;
    }

    public void setLimbLoss(Finding limbLoss) {
        this.limbLoss = limbLoss;
    }

    public Finding getParalysisRightUpper() {
        return paralysisRightUpper;
    }

    public void setParalysisRightUpper(Finding paralysisRightUpper) {
        this.paralysisRightUpper = paralysisRightUpper;
    }

    public Finding getParalysisLeftUpper() {
        return paralysisLeftUpper;
    }

    public void setParalysisLeftUpper(Finding paralysisLeftUpper) {
        this.paralysisLeftUpper = paralysisLeftUpper;
    }

    public Finding getParalysisRightLower() {
        return paralysisRightLower;
    }

    public void setParalysisRightLower(Finding paralysisRightLower) {
        this.paralysisRightLower = paralysisRightLower;
    }

    public Finding getParalysisLeftLower() {
        return paralysisLeftLower;
    }

    public void setParalysisLeftLower(Finding paralysisLeftLower) {
        this.paralysisLeftLower = paralysisLeftLower;
    }

    public Finding getParalysisOther() {
        return paralysisOther;
    }

    public void setParalysisOther(Finding paralysisOther) {
        this.paralysisOther = paralysisOther;
    }

    public Finding getMuscleWeakness() {
        return muscleWeakness;
    }

    public void setMuscleWeakness(Finding muscleWeakness) {
        this.muscleWeakness = muscleWeakness;
    }

    public Finding getContracture() {
        return contracture;
    }

    public void setContracture(Finding contracture) {
        this.contracture = contracture;
    }

    public Finding getJointPain() {
        return jointPain;
    }

    public void setJointPain(Finding jointPain) {
        this.jointPain = jointPain;
    }

    public Set<AtaxiaSite> getAtaxia() {
        return ataxia;
    }

    public void setAtaxia(Set<AtaxiaSite> ataxia) {
        this.ataxia = ataxia;
    }

    public Finding getPressureUlcer() {
        return pressureUlcer;
    }

    public void setPressureUlcer(Finding pressureUlcer) {
        this.pressureUlcer = pressureUlcer;
    }

    public Finding getSkinDisease() {
        return skinDisease;
    }

    public void setSkinDisease(Finding skinDisease) {
        this.skinDisease = skinDisease;
    }

    public OutdoorWalking getOutdoorWalking() {
        return outdoorWalking;
    }

    public void setOutdoorWalking(OutdoorWalking outdoorWalking) {
        this.outdoorWalking = outdoorWalking;
    }

    public WheelchairUse getWheelchair() {
        return wheelchair;
    }

    public void setWheelchair(WheelchairUse wheelchair) {
        this.wheelchair = wheelchair;
    }

    public Set<WalkingAid> getWalkingAids() {
        return walkingAids;
    }

    public void setWalkingAids(Set<WalkingAid> walkingAids) {
        this.walkingAids = walkingAids;
    }

    public Eating getEating() {
        return eating;
    }

    public void setEating(Eating eating) {
        this.eating = eating;
    }

    public Nutrition getNutrition() {
        return nutrition;
    }

    public void setNutrition(Nutrition nutrition) {
        this.nutrition = nutrition;
    }

    public String getNutritionNote() {
        return nutritionNote;
    }

    public void setNutritionNote(String nutritionNote) {
        this.nutritionNote = nutritionNote;
    }

    public Set<LikelyCondition> getLikelyConditions() {
        return likelyConditions;
    }

    public void setLikelyConditions(Set<LikelyCondition> likelyConditions) {
        this.likelyConditions = likelyConditions;
    }

    public String getLikelyConditionOther() {
        return likelyConditionOther;
    }

    public void setLikelyConditionOther(String likelyConditionOther) {
        this.likelyConditionOther = likelyConditionOther;
    }

    public String getCopingPolicy() {
        return copingPolicy;
    }

    public void setCopingPolicy(String copingPolicy) {
        this.copingPolicy = copingPolicy;
    }

    public Outlook getOutlook() {
        return outlook;
    }

    public void setOutlook(Outlook outlook) {
        this.outlook = outlook;
    }

    public Set<MedicalService> getMedicalServices() {
        return medicalServices;
    }

    public void setMedicalServices(Set<MedicalService> medicalServices) {
        this.medicalServices = medicalServices;
    }

    public String getMedicalServiceOther() {
        return medicalServiceOther;
    }

    public void setMedicalServiceOther(String medicalServiceOther) {
        this.medicalServiceOther = medicalServiceOther;
    }

    public CarePoints getCarePoints() {
        return carePoints;
    }

    public void setCarePoints(CarePoints carePoints) {
        this.carePoints = carePoints;
    }

    public Infection getInfection() {
        return infection;
    }

    public void setInfection(Infection infection) {
        this.infection = infection;
    }

    public String getInfectionName() {
        return infectionName;
    }

    public void setInfectionName(String infectionName) {
        this.infectionName = infectionName;
    }

    public String getSpecialNotes() {
        return specialNotes;
    }

    public void setSpecialNotes(String specialNotes) {
        this.specialNotes = specialNotes;
    }
}
