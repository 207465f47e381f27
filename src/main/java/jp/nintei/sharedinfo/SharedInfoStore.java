package jp.nintei.sharedinfo;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nintei.application.ApplicationService;
import jp.nintei.application.CertificationApplication;
import jp.nintei.audit.AuditLog;
import jp.nintei.application.CaseLock;
import jp.nintei.time.BusinessClock;

/**
 * The shared-info store: per case (and so per insured person) the certification information
 * with its consent flags. Written in the transaction of each checkpoint, with the webhook
 * deliveries it causes queued in the outbox of that same transaction; read through a
 * {@link ConsentPolicy} decision, and every read is audited section by section.
 */
@Service
public class SharedInfoStore {

    private final SharedRecordRepository records;
    private final CertificationInfoAssembler assembler;
    private final ApplicationService applications;
    private final WebhookPublisher webhooks;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final CaseLock caseLock;
    private final BusinessClock clock;

    SharedInfoStore(SharedRecordRepository records, CertificationInfoAssembler assembler,
            ApplicationService applications, WebhookPublisher webhooks, AuditLog audit, ObjectMapper json,
            CaseLock caseLock, BusinessClock clock) {
        this.records = records;
        this.assembler = assembler;
        this.applications = applications;
        this.webhooks = webhooks;
        this.audit = audit;
        this.json = json;
        this.caseLock = caseLock;
        this.clock = clock;
    }

    /** Brings the case's record up to date; a change gets a new revision and is published. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(String caseId) {
        caseLock.lock(caseId);
        CertificationApplication application = applications.get(caseId);
        var assembled = assembler.assemble(application);
        var existing = records.findById(caseId);
        SharedRecord record = existing.orElseGet(() -> new SharedRecord(caseId,
                application.getInsuredPerson().getInsuredNumber(), application.getInsurer().getInsurerNumber(),
                clock.now()));
        if (!record.update(write(assembled.info()), assembled.consents(), clock.now())) {
            return;
        }
        if (existing.isEmpty()) {
            records.save(record);
        }
        webhooks.publish(record, assembled.info());
    }

    /**
     * The person's cases, newest first, as {@code policy} lets the current user see them,
     * limited to {@code wanted}; each section shown is written to the audit log with the purpose.
     */
    @Transactional
    public List<SharedInfoView> read(String insuredNumber, Function<ConsentFacts, Disclosure> policy,
            Set<Section> wanted, String purpose) {
        return records.findByInsuredNumberOrderByCaseIdDesc(insuredNumber).stream()
                .map(record -> view(record, policy, wanted, purpose))
                .toList();
    }

    /** As {@link #read(String, Function, Set, String)} for several persons in one query, by insured number. */
    @Transactional
    public Map<String, List<SharedInfoView>> read(Collection<String> insuredNumbers,
            Function<ConsentFacts, Disclosure> policy, Set<Section> wanted, String purpose) {
        if (insuredNumbers.isEmpty()) {
            return Map.of();
        }
        return records.findByInsuredNumberInOrderByCaseIdDesc(insuredNumbers).stream()
                .map(record -> view(record, policy, wanted, purpose))
                .collect(Collectors.groupingBy(SharedInfoView::insuredNumber, LinkedHashMap::new, Collectors.toList()));
    }

    @Transactional
    public Optional<SharedInfoView> readCase(String caseId, Function<ConsentFacts, Disclosure> policy,
            Set<Section> wanted, String purpose) {
        return records.findById(caseId).map(record -> view(record, policy, wanted, purpose));
    }

    /** As {@link #readCase}, but only when the case is the given person's: nothing else is read or audited. */
    @Transactional
    public Optional<SharedInfoView> readCaseOf(String insuredNumber, String caseId,
            Function<ConsentFacts, Disclosure> policy, Set<Section> wanted, String purpose) {
        return records.findById(caseId)
                .filter(record -> record.getInsuredNumber().equals(insuredNumber))
                .map(record -> view(record, policy, wanted, purpose));
    }

    public static Set<Section> all() {
        return EnumSet.allOf(Section.class);
    }

    private SharedInfoView view(SharedRecord record, Function<ConsentFacts, Disclosure> policy, Set<Section> wanted,
            String purpose) {
        Disclosure disclosure = restrict(policy.apply(record.consentFacts()), wanted);
        SharedInfoView view = SharedInfoView.of(record, read(record.getContent()), disclosure);
        for (Section section : disclosure.visible()) {
            if (view.holds(section)) {
                audit.read(record.getCaseId(), record.getInsuredNumber(), section.label(), purpose);
            }
        }
        return view;
    }

    private static Disclosure restrict(Disclosure d, Set<Section> wanted) {
        var visible = EnumSet.noneOf(Section.class);
        d.visible().stream().filter(wanted::contains).forEach(visible::add);
        var withheld = new EnumMap<Section, String>(Section.class);
        d.withheld().forEach((section, reason) -> {
            if (wanted.contains(section)) {
                withheld.put(section, reason);
            }
        });
        return new Disclosure(visible, withheld);
    }

    private String write(CertificationInfo info) {
        try {
            return json.writeValueAsString(info);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("certification info is not serialisable", e);
        }
    }

    /** The stored information of a record, for re-sending it. */
    CertificationInfo infoOf(SharedRecord record) {
        return read(record.getContent());
    }

    private CertificationInfo read(String content) {
        try {
            return json.readValue(content, CertificationInfo.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored certification info is not readable", e);
        }
    }
}
