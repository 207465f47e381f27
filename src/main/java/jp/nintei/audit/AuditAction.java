package jp.nintei.audit;

public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DOWNLOAD,
    EXPORT
}
