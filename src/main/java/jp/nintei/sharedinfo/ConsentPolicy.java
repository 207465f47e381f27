package jp.nintei.sharedinfo;

import org.springframework.stereotype.Component;

/**
 * Who may see which part of a case's certification information (DESIGN.md §4): the one place
 * for consent decisions. Every channel (care-manager pages, the resident channel, webhooks,
 * the staff API) asks here and nowhere else.
 * <ul>
 * <li>Staff of the insurer and the insurer's own systems: everything.</li>
 * <li>The resident: their progress and application; the result once the 認定結果通知書 has
 * gone out. The survey, the opinion and the board's working papers go through the municipality's
 * disclosure procedure (開示請求), not this channel.</li>
 * <li>A care-plan office: nothing unless a 居宅サービス計画作成依頼届出 links it to the person
 * today and the resident consented; then progress, application and survey; the opinion only
 * when the physician consented too; the results once notified.</li>
 * <li>External systems: what a linked, consented care-plan office would see.</li>
 * </ul>
 */
@Component
public class ConsentPolicy {

    static final String NO_NOTIFICATION = "居宅サービス計画作成依頼届出が提出されていないため表示できません";
    static final String NOTIFICATION_ENDED = "居宅サービス計画作成依頼届出の期間外のため表示できません";
    static final String NO_RESIDENT_CONSENT = "ご本人が申請時に情報提供に同意していないため表示できません";
    static final String NO_PHYSICIAN_CONSENT = "主治医が意見書の提供に同意していないため表示できません";
    static final String OPINION_NOT_YET = "主治医意見書はまだ届いていません";
    static final String NOT_NOTIFIED = "認定結果は通知書の発送後に表示されます";
    static final String DISCLOSURE_REQUEST = "認定調査票・主治医意見書・判定資料は、市区町村への開示請求で確認できます";

    public Disclosure forStaff() {
        return Disclosure.builder().show(Section.values()).build();
    }

    public Disclosure forResident(ConsentFacts facts) {
        var disclosure = Disclosure.builder()
                .show(Section.PROGRESS, Section.APPLICATION)
                .withhold(DISCLOSURE_REQUEST, Section.SURVEY, Section.OPINION, Section.DETERMINATION);
        return (facts.notified() ? disclosure.show(Section.DECISION) : disclosure.withhold(NOT_NOTIFIED, Section.DECISION))
                .build();
    }

    public Disclosure forCarePlanOffice(ConsentFacts facts, CarePlanLink link) {
        return switch (link) {
            case NONE -> Disclosure.builder().withholdAll(NO_NOTIFICATION).build();
            case ENDED -> Disclosure.builder().withholdAll(NOTIFICATION_ENDED).build();
            case ACTIVE -> consented(facts);
        };
    }

    public Disclosure forSubscriber(Audience audience, ConsentFacts facts) {
        return audience == Audience.INSURER ? forStaff() : consented(facts);
    }

    /** What the resident's and the physician's consents release to someone outside the insurer. */
    private static Disclosure consented(ConsentFacts facts) {
        if (!facts.residentConsent()) {
            return Disclosure.builder().withholdAll(NO_RESIDENT_CONSENT).build();
        }
        var disclosure = Disclosure.builder().show(Section.PROGRESS, Section.APPLICATION, Section.SURVEY);
        if (facts.physicianConsent() == null) {
            disclosure.withhold(OPINION_NOT_YET, Section.OPINION);
        } else if (facts.physicianConsent()) {
            disclosure.show(Section.OPINION);
        } else {
            disclosure.withhold(NO_PHYSICIAN_CONSENT, Section.OPINION);
        }
        if (facts.notified()) {
            disclosure.show(Section.DETERMINATION, Section.DECISION);
        } else {
            disclosure.withhold(NOT_NOTIFIED, Section.DETERMINATION, Section.DECISION);
        }
        return disclosure.build();
    }
}
