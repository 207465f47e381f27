package jp.nintei.board.packet;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.board.packet.PacketView.CaseSheet;
import jp.nintei.board.packet.PacketView.Edition;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.web.InvalidInputException;

/** The secretariat's check of a case's masked material before it goes to a session (マスキング完了). */
@Service
public class MaskingReview {

    static final int MAX_TERMS = 50;
    /** A Camunda string variable holds 4,000 characters; the preview stays below with its ending. */
    static final int MAX_PREVIEW = 3_800;

    private final PacketAssembler assembler;
    private final MaskTermRepository terms;
    private final CaseHistory history;
    private final CurrentUser currentUser;

    MaskingReview(PacketAssembler assembler, MaskTermRepository terms, CaseHistory history, CurrentUser currentUser) {
        this.assembler = assembler;
        this.terms = terms;
        this.history = history;
        this.currentUser = currentUser;
    }

    /**
     * The member edition's free text of the case, masked (Markdown for the Camunda Form): the
     * survey place, the 特記事項 of survey and opinion, and the opinion's section 1 (diagnoses,
     * course and treatment), where names are most often written.
     */
    @Transactional(readOnly = true)
    public String preview(String caseId) {
        CaseSheet sheet = assembler.caseSheet(caseId, 1, Edition.MEMBER);
        StringBuilder md = new StringBuilder("委員用資料では次の語を自動的に「" + Masking.MASK + "」にします: 氏名・フリガナ・住所・"
                + "被保険者番号・電話番号・保険者（市町村）名・調査機関・調査員・医療機関・主治医・代理申請者。\n\n");
        md.append("- 調査実施場所: ").append(sheet.summary().surveyPlace()).append('\n');
        sheet.notes().forEach(n -> md.append("- ").append(n.itemId() == null ? "" : n.itemId() + " ")
                .append(n.label()).append(": ").append(n.text()).append('\n'));
        sheet.opinionItems().stream().skip(OpinionSheet.DISEASES).limit(1).forEach(g -> g.items().forEach(i ->
                md.append("- 意見書 ").append(i.label()).append(": ").append(i.value()).append('\n')));
        if (sheet.notes().isEmpty()) {
            md.append("- 特記事項: なし\n");
        }
        return md.length() <= MAX_PREVIEW ? md.toString()
                : md.substring(0, MAX_PREVIEW) + "…\n\n（以下省略）";
    }

    @Transactional
    public void complete(String caseId, List<String> extraTerms) {
        if (extraTerms.size() > MAX_TERMS || extraTerms.stream().anyMatch(t -> t.length() > 100)) {
            throw new InvalidInputException("additionalMaskTerms", "追加でマスキングする語は1行に1語（100文字以内）、" + MAX_TERMS + "語までで入力してください");
        }
        if (extraTerms.stream().anyMatch(t -> t.strip().length() < 2)) {
            throw new InvalidInputException("additionalMaskTerms", "追加でマスキングする語は2文字以上で入力してください");
        }
        terms.deleteByCaseId(caseId);
        terms.flush();
        extraTerms.stream().distinct().forEach(t -> terms.save(new MaskTerm(caseId, t)));
        history.append(caseId, CaseEventType.MASKING_COMPLETED, currentUser.id(),
                extraTerms.isEmpty() ? "自動マスキング" : "自動マスキング＋追加 " + extraTerms.size() + " 語");
    }
}
