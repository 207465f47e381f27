package jp.nintei.board;

import jp.nintei.carelevel.CareLevel;

/** How the board's level compares with the primary result (重度変更 / 軽度変更), for the KPIs. */
public enum ChangeDirection {
    NONE("変更なし"),
    UP("重度変更"),
    DOWN("軽度変更");

    private final String label;

    ChangeDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ChangeDirection of(CareLevel primary, CareLevel secondary) {
        if (primary == null || primary == secondary) {
            return NONE;
        }
        return secondary.compareTo(primary) > 0 ? UP : DOWN;
    }
}
