package jp.nintei.board;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.nintei.board.member.BoardMembers;
import jp.nintei.board.member.MemberField;
import jp.nintei.board.member.MemberRegistration;
import jp.nintei.board.member.MemberRegistration.Relative;
import jp.nintei.time.BusinessClock;

/**
 * Demo board of さくら市（架空）: eight members, a panel of five and a renewal panel of three,
 * three sessions in the coming weeks. Recusal examples: 中島 works for ひまわり居宅介護支援事業所,
 * 藤井 is also the surveyor "ito", 遠藤 is a relative of 佐藤 一郎 (1000000002). Runs once.
 */
@Component
@ConditionalOnProperty(name = "nintei.demo.enabled", havingValue = "true")
class DemoBoard {

    static final String PASSWORD = "iin-demo-2026";
    static final String PLACE = "さくら市役所 3階 第2会議室";

    private static final Logger log = LoggerFactory.getLogger(DemoBoard.class);

    private final BoardMembers members;
    private final BoardSessions sessions;
    private final BusinessClock clock;

    DemoBoard(BoardMembers members, BoardSessions sessions, BusinessClock clock) {
        this.members = members;
        this.sessions = sessions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(130)
    public void load() {
        if (!sessions.panels().isEmpty()) {
            return;
        }
        LocalDate termFrom = LocalDate.of(clock.today().getYear() - 1, 4, 1);
        member("iin.morita", "森田 正樹", "モリタ マサキ", MemberField.MEDICAL, "医師", null, null, List.of(), termFrom);
        member("iin.ishikawa", "石川 由美", "イシカワ ユミ", MemberField.HEALTH, "保健師", null, null, List.of(), termFrom);
        member("iin.nakajima", "中島 浩二", "ナカジマ コウジ", MemberField.WELFARE, "社会福祉士", "1370000011", null, List.of(), termFrom);
        member("iin.okada", "岡田 恵子", "オカダ ケイコ", MemberField.MEDICAL, "歯科医師", null, null, List.of(), termFrom);
        member("iin.fujii", "藤井 聡", "フジイ サトシ", MemberField.WELFARE, "介護支援専門員", null, "ito", List.of(), termFrom);
        member("iin.murakami", "村上 隆", "ムラカミ タカシ", MemberField.MEDICAL, "医師", null, null, List.of(), termFrom);
        member("iin.sakamoto", "坂本 真理", "サカモト マリ", MemberField.HEALTH, "看護師", null, null, List.of(), termFrom);
        member("iin.endo", "遠藤 昭", "エンドウ アキラ", MemberField.WELFARE, "社会福祉士", null, null,
                List.of(new Relative("1000000002", "配偶者の父")), termFrom);
        BoardPanel first = sessions.savePanel("第1合議体",
                List.of("iin.morita", "iin.ishikawa", "iin.nakajima", "iin.okada", "iin.fujii"), "iin.morita");
        BoardPanel renewal = sessions.savePanel("第2合議体（更新）",
                List.of("iin.murakami", "iin.sakamoto", "iin.endo"), "iin.murakami");
        LocalDate today = clock.today();
        sessions.schedule(first.getId(), today.plusDays(10), LocalTime.of(14, 0), PLACE, 30);
        sessions.schedule(renewal.getId(), today.plusDays(17), LocalTime.of(14, 0), PLACE, 20);
        sessions.schedule(first.getId(), today.plusDays(24), LocalTime.of(14, 0), PLACE, 30);
        log.info("Demo review board loaded: 8 members, 2 panels, 3 sessions");
    }

    private void member(String loginId, String name, String kana, MemberField field, String profession, String office,
            String surveyor, List<Relative> relatives, LocalDate termFrom) {
        members.register(new MemberRegistration(loginId, name, kana, field, profession, office, surveyor,
                loginId + "@sakura.example.jp", termFrom, termFrom.plusYears(2).minusDays(1), true, relatives));
        members.setPassword(loginId, PASSWORD);
    }
}
