package jp.nintei.board.member;

/** The field a member is appointed from (介護保険法15条: 保健・医療・福祉の学識経験者). */
public enum MemberField {
    HEALTH("保健"),
    MEDICAL("医療"),
    WELFARE("福祉");

    private final String label;

    MemberField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
