package jp.nintei.progress;

/**
 * MHLW's reference targets for the stages of a case (DESIGN.md §3): the one place the expected
 * dates shown to residents and care managers are derived from. Calendar days, like the
 * statutory 30-day clock.
 */
public final class StageTargets {

    /** 認定調査: the visit within 7 days of the request. */
    public static final int SURVEY_DAYS = 7;
    /** 主治医意見書: returned within 13 days of the request. */
    public static final int OPINION_DAYS = 13;
    /** 介護認定審査会: within 12 days of having both the survey and the opinion. */
    public static final int BOARD_DAYS = 12;

    private StageTargets() {
    }
}
