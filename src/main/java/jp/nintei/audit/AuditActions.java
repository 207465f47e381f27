package jp.nintei.audit;

import java.util.Map;

/** What auditors read for each action. */
public final class AuditActions {

    private static final Map<AuditAction, String> LABELS = Map.of(
            AuditAction.READ, "閲覧",
            AuditAction.CREATE, "作成",
            AuditAction.UPDATE, "更新",
            AuditAction.DOWNLOAD, "ダウンロード",
            AuditAction.EXPORT, "出力");

    private AuditActions() {
    }

    public static Map<AuditAction, String> labels() {
        return LABELS;
    }

    public static String label(AuditAction action) {
        return LABELS.getOrDefault(action, action.name());
    }
}
