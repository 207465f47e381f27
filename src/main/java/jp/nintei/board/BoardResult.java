package jp.nintei.board;

import jp.nintei.carelevel.CareLevel;

/** What the secretariat records after the board has decided a case. */
public record BoardResult(CareLevel careLevel, Integer validityMonths, ChangeReason changeReasonCode,
        String changeReason, String nonApplicableReason, String boardOpinion) {
}
