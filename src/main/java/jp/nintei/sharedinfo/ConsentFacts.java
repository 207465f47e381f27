package jp.nintei.sharedinfo;

/**
 * What consent decisions depend on: the resident's 情報提供の同意 on the application, the
 * physician's consent on the opinion (null until the opinion has arrived), and whether the
 * 認定結果通知書 has been issued.
 */
public record ConsentFacts(boolean residentConsent, Boolean physicianConsent, boolean notified) {
}
