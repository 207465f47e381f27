package jp.nintei.board.packet;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.nintei.board.packet.PacketView.Item;
import jp.nintei.board.packet.PacketView.ItemGroup;
import jp.nintei.board.packet.PacketView.Note;
import jp.nintei.opinion.OpinionService;
import jp.nintei.opinion.OpinionView;

/**
 * The 主治医意見書 part of a case's sheet: the header and sections 1–4 item by item as the opinion pages word
 * them ({@link OpinionView#sections()}), and section 5 (特記すべき事項) among the notes. Every
 * value may be free text, so every value goes through the case's masking.
 */
@Component
class OpinionSheet {

    /** Section 1 (傷病に関する意見) among the item groups, after the header. */
    static final int DISEASES = 1;
    /** Section 5 of the form, shown with the notes rather than the items. */
    static final int SPECIAL_NOTES = 5;
    static final String NOTE_LABEL = "主治医意見書 特記すべき事項";

    private final OpinionService opinions;

    OpinionSheet(OpinionService opinions) {
        this.opinions = opinions;
    }

    Optional<OpinionView> of(String caseId) {
        return opinions.opinionOf(caseId);
    }

    List<ItemGroup> items(Optional<OpinionView> opinion, Masking masking) {
        return opinion.map(o -> o.sections().subList(0, SPECIAL_NOTES).stream()
                .map(s -> new ItemGroup(s.title(), s.items().stream()
                        .map(i -> new Item(i.label(), masking.apply(i.value()))).toList()))
                .toList()).orElse(List.of());
    }

    List<Note> notes(Optional<OpinionView> opinion, Masking masking) {
        return opinion.map(o -> o.content().getSpecialNotes()).filter(t -> !t.isBlank())
                .map(t -> List.of(new Note(null, NOTE_LABEL, masking.apply(t)))).orElse(List.of());
    }
}
