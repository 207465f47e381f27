package jp.nintei.notification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.application.ApplicationState;
import jp.nintei.application.CertificationApplicationRepository;
import jp.nintei.decision.ValidityRules;
import jp.nintei.engine.CaseEngine;
import jp.nintei.engine.CaseVariables;
import jp.nintei.insured.Certificate;
import jp.nintei.insured.CertificateRepository;
import jp.nintei.time.BusinessClock;
import jp.nintei.time.JapaneseDates;
import jp.nintei.web.NotFoundException;

/**
 * 更新申請のお知らせ: one renewal-reminder process per certification, whose timer fires on the
 * first day a renewal may be applied for (60 days before the validity ends). When it fires, the
 * reminder is skipped if it has become pointless: a newer certification (区分変更), an
 * application already under way, or a validity that has already ended.
 */
@Service
public class RenewalReminders {

    static final String PROCESS = "renewal-reminder";
    static final String CERTIFICATE_ID = "certificateId";
    static final String DUE_AT = "renewalReminderDueAt";

    private final RenewalReminderRepository reminders;
    private final CertificateRepository certificates;
    private final CertificationApplicationRepository applications;
    private final ValidityRules validity;
    private final CaseEngine engine;
    private final BusinessClock clock;

    RenewalReminders(RenewalReminderRepository reminders, CertificateRepository certificates,
            CertificationApplicationRepository applications, ValidityRules validity, CaseEngine engine,
            BusinessClock clock) {
        this.reminders = reminders;
        this.certificates = certificates;
        this.applications = applications;
        this.validity = validity;
        this.engine = engine;
        this.clock = clock;
    }

    /** Starts the reminder of a certification; false when it already has one. */
    @Transactional
    public boolean schedule(long certificateId) {
        if (reminders.existsById(certificateId)) {
            return false;
        }
        Certificate certificate = certificate(certificateId);
        LocalDate due = validity.renewalWindowOpens(certificate.getValidTo());
        String businessKey = certificate.getCaseId() != null ? certificate.getCaseId() : "certificate-" + certificateId;
        reminders.save(new RenewalReminder(certificateId, businessKey, due, clock.now()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(CERTIFICATE_ID, certificateId);
        variables.put(DUE_AT, clock.startOf(due));
        variables.put(CaseVariables.CASE_LABEL, certificate.getInsuredPerson().getName() + "（"
                + certificate.getInsuredPerson().getInsuredNumber() + "） 有効期間満了 "
                + JapaneseDates.format(certificate.getValidTo()));
        if (certificate.getCaseId() != null) {
            variables.put(CaseVariables.CASE_ID, certificate.getCaseId());
        }
        engine.startProcess(PROCESS, businessKey, variables);
        return true;
    }

    /** Why the reminder need not be sent any more, recorded as its end; empty when it is due. */
    @Transactional
    public Optional<String> skipIfPointless(long certificateId) {
        RenewalReminder reminder = get(certificateId);
        if (reminder.getStatus() != RenewalReminder.Status.SCHEDULED) {
            return Optional.ofNullable(reminder.getSkippedReason()).or(() -> Optional.of("送付済み"));
        }
        Optional<String> reason = reasonToSkip(certificate(certificateId));
        reason.ifPresent(r -> reminder.skip(r, clock.now()));
        return reason;
    }

    @Transactional
    public void markIssued(long certificateId) {
        RenewalReminder reminder = get(certificateId);
        if (reminder.getStatus() == RenewalReminder.Status.SCHEDULED) {
            reminder.issued(clock.now());
        }
    }

    @Transactional(readOnly = true)
    public Optional<RenewalReminder> of(long certificateId) {
        return reminders.findById(certificateId);
    }

    private Optional<String> reasonToSkip(Certificate certificate) {
        var person = certificate.getInsuredPerson();
        if (clock.today().isAfter(certificate.getValidTo())) {
            return Optional.of("有効期間（" + JapaneseDates.format(certificate.getValidTo()) + "まで）が既に満了しているため");
        }
        Optional<Certificate> current = certificates.findCurrent(person, certificate.getValidTo());
        if (current.isPresent() && !current.get().getId().equals(certificate.getId())) {
            return Optional.of("新しい認定（" + current.get().getCareLevel().label() + "、"
                    + JapaneseDates.format(current.get().getValidFrom()) + "から）があるため");
        }
        if (applications.existsByInsuredPersonAndStateIn(person, openStates())) {
            return Optional.of("処理中の申請があるため");
        }
        return Optional.empty();
    }

    private static EnumSet<ApplicationState> openStates() {
        EnumSet<ApplicationState> open = EnumSet.noneOf(ApplicationState.class);
        for (ApplicationState state : ApplicationState.values()) {
            if (state.isOpen()) {
                open.add(state);
            }
        }
        return open;
    }

    private RenewalReminder get(long certificateId) {
        return reminders.findById(certificateId)
                .orElseThrow(() -> new NotFoundException("認定 " + certificateId + " の更新のお知らせは予定されていません"));
    }

    Certificate certificate(long certificateId) {
        return certificates.findById(certificateId)
                .orElseThrow(() -> new NotFoundException("認定 " + certificateId + " が見つかりません"));
    }
}
