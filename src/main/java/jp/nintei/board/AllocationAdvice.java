package jp.nintei.board;

import java.util.List;
import java.util.Optional;

import jp.nintei.application.CertificationApplication;
import jp.nintei.board.Allocations.SessionOption;
import jp.nintei.time.JapaneseDates;

/** The proposal as the allocation form shows it (Markdown for the Camunda Form's text view). */
final class AllocationAdvice {

    /**
     * The form lists the earliest sessions only: the text is a Camunda string variable (at most
     * 4,000 characters), and a year of planned sessions would not fit.
     */
    static final int MAX_LISTED = 8;

    private AllocationAdvice() {
    }

    static String describe(CertificationApplication application, List<SessionOption> options,
            Optional<SessionOption> proposed) {
        StringBuilder md = new StringBuilder();
        md.append("決定期限（申請から30日）: **").append(JapaneseDates.format(application.getDecisionDueDate()))
                .append("**\n\n");
        if (proposed.isEmpty()) {
            md.append("**割り付けられる審査会がありません。** 審査会を登録してから割り付けてください。\n\n");
        } else {
            SessionOption p = proposed.get();
            md.append("提案: **No.").append(p.session().getId()).append(" ").append(p.session().label()).append("**");
            md.append(p.withinDeadline() ? "（期限内）\n\n"
                    : "\n\n**期限内に開催される割付可能な審査会がありません。延期通知が必要です。**\n\n");
        }
        if (!options.isEmpty()) {
            md.append("審査会の一覧:\n\n");
            options.stream().limit(MAX_LISTED).forEach(o -> md.append(line(o)));
            if (options.size() > MAX_LISTED) {
                md.append("- ほか ").append(options.size() - MAX_LISTED)
                        .append(" 回（すべての審査会は 審査会事務局 → 審査会の一覧 で確認できます）\n");
            }
        }
        return md.toString();
    }

    private static String line(SessionOption o) {
        String head = "- No." + o.session().getId() + " " + o.session().label() + " " + o.session().getPlace()
                + "（残り " + Math.max(o.remaining(), 0) + " 件" + (o.withinDeadline() ? "" : "・期限後") + "）";
        return o.allowed() ? head + "\n" : head + " — **割付不可**: " + String.join("、", o.obstacles()) + "\n";
    }
}
