package jp.nintei.progress;

/**
 * The states a resident and a care manager see (DESIGN.md §4): fewer than the internal
 * checkpoints, each with the plain-language text shown to them and what its expected date means.
 */
public enum PublicState {
    RECEIVED("申請受付",
            "要介護認定の申請を受け付けました。これから認定調査と主治医意見書の準備を始めます。",
            "訪問調査の目安"),
    DOCUMENTS("訪問調査・主治医意見書",
            "認定調査員がご本人を訪問して心身の状況をうかがいます。あわせて主治医に意見書の作成をお願いしています。",
            "調査と意見書がそろう目安"),
    BOARD("審査会の準備",
            "訪問調査の結果と主治医意見書がそろいました。介護認定審査会で審査します。",
            "審査会の予定"),
    REVIEWED("結果の決定",
            "介護認定審査会で審査しました。認定結果を決定しています。",
            "結果をお知らせする目安"),
    DECIDED("結果の通知準備",
            "認定結果が決まりました。認定結果通知書と介護保険被保険者証をお送りします。",
            "結果をお知らせする目安"),
    NOTIFIED("結果通知",
            "認定結果通知書をお送りしました。内容は通知書と介護保険被保険者証でご確認ください。",
            null),
    WITHDRAWN("取下げ",
            "申請は取り下げられました。",
            null),
    REJECTED("却下",
            "申請を受理できませんでした。理由は市区町村からの通知をご確認ください。",
            null);

    private final String label;
    private final String text;
    private final String expectedLabel;

    PublicState(String label, String text, String expectedLabel) {
        this.label = label;
        this.text = text;
        this.expectedLabel = expectedLabel;
    }

    public String label() {
        return label;
    }

    /** What the resident reads: what is happening now, in plain Japanese. */
    public String text() {
        return text;
    }

    /** What the expected date of this state stands for; null for a final state. */
    public String expectedLabel() {
        return expectedLabel;
    }

    public boolean isFinal() {
        return expectedLabel == null;
    }
}
