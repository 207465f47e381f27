package jp.nintei.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.insured.Insurer;
import jp.nintei.insured.InsurerRepository;
import jp.nintei.web.NotFoundException;

/**
 * The sender of an insurer's letters. Until an administrator enters the letterhead, letters use
 * defaults derived from the insurer's name, and the approval task warns that they are defaults.
 */
@Service
public class Letterheads {

    private final LetterheadRepository letterheads;
    private final InsurerRepository insurers;

    Letterheads(LetterheadRepository letterheads, InsurerRepository insurers) {
        this.letterheads = letterheads;
        this.insurers = insurers;
    }

    @Transactional(readOnly = true)
    public Sender senderOf(Insurer insurer) {
        return letterheads.findById(insurer.getId()).map(Letterhead::toSender).orElseGet(() -> defaults(insurer));
    }

    @Transactional(readOnly = true)
    public Sender senderOf(String insurerNumber) {
        return senderOf(insurer(insurerNumber));
    }

    /** Creates or replaces the letterhead; returns true when it is new. */
    @Transactional
    public boolean save(String insurerNumber, LetterheadRequest request) {
        Insurer insurer = insurer(insurerNumber);
        boolean created = !letterheads.existsById(insurer.getId());
        Letterhead letterhead = letterheads.findById(insurer.getId()).orElseGet(() -> new Letterhead(insurer.getId()));
        letterhead.update(request);
        letterheads.save(letterhead);
        return created;
    }

    private Insurer insurer(String insurerNumber) {
        return insurers.findByInsurerNumber(insurerNumber)
                .orElseThrow(() -> new NotFoundException("保険者番号 " + insurerNumber + " の保険者は登録されていません"));
    }

    /** "テスト市" → "テスト市長", 介護保険担当課, and 審査請求 to the prefecture's board. */
    static Sender defaults(Insurer insurer) {
        String name = insurer.getName().replaceAll("（[^）]*）", "").strip();
        String head = name + "長";
        return new Sender(head, "介護保険担当課", null, null, null, name.substring(0, 1) + "介",
                "都道府県介護保険審査会", name, head, false);
    }
}
