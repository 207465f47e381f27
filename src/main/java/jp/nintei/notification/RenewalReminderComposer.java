package jp.nintei.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.nintei.decision.ValidityRules;
import jp.nintei.insured.Certificate;
import jp.nintei.insured.CertificateRepository;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.time.JapaneseDates;

/** 更新申請のお知らせ of one certification, keyed by the certificate id. */
@Component
class RenewalReminderComposer implements NoticeComposer {

    private final CertificateRepository certificates;
    private final ValidityRules validity;

    RenewalReminderComposer(CertificateRepository certificates, ValidityRules validity) {
        this.certificates = certificates;
        this.validity = validity;
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.RENEWAL_REMINDER;
    }

    @Override
    public NoticeContent compose(String key) {
        Certificate certificate = certificates.findById(Long.valueOf(key))
                .orElseThrow(() -> new IllegalStateException("no certificate " + key));
        InsuredPerson person = certificate.getInsuredPerson();
        String opens = JapaneseDates.format(validity.renewalWindowOpens(certificate.getValidTo()));
        String validTo = JapaneseDates.format(certificate.getValidTo());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("insuredNumber", person.getInsuredNumber());
        model.put("name", person.getName());
        model.put("careLevel", certificate.getCareLevel().label());
        model.put("validFrom", JapaneseDates.format(certificate.getValidFrom()));
        model.put("validTo", validTo);
        model.put("windowOpens", opens);
        model.put("windowDays", ValidityRules.RENEWAL_WINDOW_DAYS);
        List<String> summary = List.of(
                "**現在の認定:** " + certificate.getCareLevel().label() + "（" + JapaneseDates.format(certificate.getValidFrom())
                        + "から" + validTo + "まで）",
                "**更新申請の受付期間:** " + opens + "から" + validTo + "まで");
        return new NoticeContent(certificate.getCaseId(), person, "更新申請のお知らせ",
                "更新申請のお知らせ_" + person.getInsuredNumber() + "_" + certificate.getValidTo() + ".pdf", model, summary);
    }
}
