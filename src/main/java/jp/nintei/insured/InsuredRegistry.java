package jp.nintei.insured;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.audit.AuditAction;
import jp.nintei.audit.AuditLog;
import jp.nintei.web.InvalidInputException;
import jp.nintei.web.NotFoundException;

/** Keeps insurers and insured persons in step with the insurer's own registers. */
@Service
public class InsuredRegistry {

    private final InsurerRepository insurers;
    private final InsuredPersonRepository persons;
    private final AuditLog audit;

    InsuredRegistry(InsurerRepository insurers, InsuredPersonRepository persons, AuditLog audit) {
        this.insurers = insurers;
        this.persons = persons;
        this.audit = audit;
    }

    @Transactional
    public Insurer saveInsurer(String insurerNumber, String name) {
        if (insurerNumber == null || !insurerNumber.matches("\\d{6}")) {
            throw new InvalidInputException("insurerNumber", "保険者番号は6桁の数字で入力してください");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "保険者名を100文字以内で入力してください");
        }
        return insurers.findByInsurerNumber(insurerNumber).orElseGet(() -> insurers.save(new Insurer(insurerNumber, name)));
    }

    /** Creates or updates; returns true when the person is new. */
    @Transactional
    public boolean savePerson(String insuredNumber, InsuredPersonRequest r) {
        if (insuredNumber == null || !insuredNumber.matches("\\d{10}")) {
            throw new InvalidInputException("insuredNumber", "被保険者番号は10桁の数字で入力してください");
        }
        Insurer insurer = insurers.findByInsurerNumber(r.insurerNumber())
                .orElseThrow(() -> new InvalidInputException("insurerNumber", "保険者番号 " + r.insurerNumber() + " は登録されていません"));
        var existing = persons.findByInsuredNumber(insuredNumber);
        InsuredPerson person = existing.orElseGet(() -> new InsuredPerson(insurer, insuredNumber, r.name(), r.nameKana(),
                r.birthDate(), r.sex(), r.address()));
        person.updateIdentity(r.name(), r.nameKana(), r.birthDate(), r.sex());
        person.updateContact(r.postalCode(), r.address(), r.phone());
        person.setSpecifiedDisease(r.specifiedDisease());
        persons.save(person);
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, null, insuredNumber,
                "被保険者情報", "資格情報の連携", null);
        return existing.isEmpty();
    }

    @Transactional
    public InsuredPersonView read(String insuredNumber, String purpose) {
        InsuredPerson person = persons.findByInsuredNumber(insuredNumber)
                .orElseThrow(() -> new NotFoundException("被保険者番号 " + insuredNumber + " の被保険者は登録されていません"));
        audit.read(null, insuredNumber, "被保険者情報", purpose);
        return InsuredPersonView.of(person);
    }
}
