package jp.nintei.board.packet;

import java.util.ArrayList;
import java.util.List;

import jp.nintei.board.packet.PacketView.Answer;
import jp.nintei.board.packet.PacketView.AnswerGroup;
import jp.nintei.board.packet.PacketView.CaseSheet;
import jp.nintei.board.packet.PacketView.Edition;
import jp.nintei.board.packet.PacketView.GroupScore;
import jp.nintei.board.packet.PacketView.Identity;
import jp.nintei.board.packet.PacketView.Independence;
import jp.nintei.board.packet.PacketView.Item;
import jp.nintei.board.packet.PacketView.ItemGroup;
import jp.nintei.board.packet.PacketView.Note;
import jp.nintei.board.packet.PacketView.PrimaryView;
import jp.nintei.board.packet.PacketView.SessionHeader;
import jp.nintei.board.packet.PacketView.Summary;
import jp.nintei.board.packet.PacketView.Tick;
import jp.nintei.board.packet.PacketView.TimeSegment;

/** A fully filled view model, for looking at the layout of every section of the packet. */
final class SamplePackets {

    static final String[] TIMES = {"食事", "排泄", "移動", "清潔保持", "間接生活介助", "BPSD関連", "機能訓練関連", "医療関連", "認知症加算"};
    static final double[] MINUTES = {12.4, 14.1, 6.2, 9.8, 4.1, 3.2, 2.6, 5.3, 0.0};

    private SamplePackets() {
    }

    static PacketView full(Edition edition) {
        return new PacketView(edition, new SessionHeader(12, "第12回 介護認定審査会", "令和8年5月20日", "14:00",
                "さくら市役所 3階 第2会議室", "第1合議体", List.of("審査 一郎（医療・合議体の長）", "委員 花子（保健）",
                        "福祉 次郎（福祉）", "医療 三郎（医療）", "保健 四子（保健）")),
                2, "令和8年5月13日", List.of(caseSheet(1, "2026-000101", edition), caseSheet(2, "2026-000102", edition)));
    }

    static CaseSheet caseSheet(int order, String caseId, Edition edition) {
        Identity identity = edition == Edition.MEMBER ? null : new Identity("雲雀丘 珠緒", "ヒバリガオカ タマオ",
                "昭和17年3月3日", "さくら市雲雀丘3-7-11", "1234567890", "さくら市", "さくら認定調査センター", "調査 太郎",
                "さくら中央病院", "主治 医師");
        return new CaseSheet(order, caseId, identity,
                new Summary("更新", "84歳", "女", "令和8年4月22日", "令和8年4月28日", "自宅", "令和8年5月2日", "要介護1",
                        "令和7年6月1日〜令和8年5月31日"),
                primary(), List.of(new Independence("障害高齢者の日常生活自立度（寝たきり度）", "A2", "A1"),
                        new Independence("認知症高齢者の日常生活自立度", "Ⅱb", "Ⅱa")),
                answers(), List.of("疼痛の看護", "カテーテル（コンドームカテーテル、留置カテーテル、ウロストーマ等）"),
                List.of("訪問介護 月8回", "通所介護 月8回", "福祉用具貸与（車いす）"),
                List.of(new ItemGroup("1. 傷病に関する意見", List.of(
                                new Item("診断名 1", "アルツハイマー型認知症（発症 令和5年4月）"),
                                new Item("診断名 2", "変形性膝関節症"),
                                new Item("症状としての安定性", "不安定（夜間の徘徊が増えている）"))),
                        new ItemGroup("3. 心身の状態に関する意見", List.of(
                                new Item("短期記憶", "問題あり"), new Item("日常の意思決定を行うための認知能力", "いくらか困難"))),
                        new ItemGroup("4. 生活機能とサービスに関する意見", List.of(
                                new Item("医学的管理の必要性", "訪問看護、訪問リハビリテーション")))),
                List.of(new Note("1-7", "歩行", "屋内は伝い歩き。＊＊＊の長女によると、夜間トイレへ向かう途中で月2回ほど転倒している。"),
                        new Note("2-5", "排尿", "日中は自分でトイレに行くが、夜間は失敗が多く、家族がパッド交換をしている（週4回程度）。"),
                        new Note("4-12", "ひどい物忘れ", "鍋を火にかけたまま忘れることが週に数回あり、家族がガスの元栓を閉めている。")));
    }

    static PrimaryView primary() {
        double total = 0;
        for (double m : MINUTES) {
            total += m;
        }
        int scale = 130;
        List<TimeSegment> segments = new ArrayList<>();
        double left = 0;
        for (int i = 0; i < TIMES.length; i++) {
            segments.add(new TimeSegment(TIMES[i], String.format("%.1f", MINUTES[i]), pct(left, scale), pct(MINUTES[i], scale), i));
            left += MINUTES[i];
        }
        List<Tick> ticks = new ArrayList<>();
        int[] at = {25, 32, 50, 70, 90, 110};
        String[] labels = {"要支援1", "要支援2・要介護1", "要介護2", "要介護3", "要介護4", "要介護5"};
        for (int i = 0; i < at.length; i++) {
            ticks.add(new Tick(at[i] + "分 " + labels[i], pct(at[i], scale)));
        }
        return new PrimaryView("要介護2", "要介護1", String.format("%.1f", total), pct(total, scale), segments, ticks,
                List.of(new GroupScore("第1群 身体機能・起居動作", "68.2", "68.2", "74.0", "74.0"),
                        new GroupScore("第2群 生活機能", "71.5", "71.5", "80.3", "80.3"),
                        new GroupScore("第3群 認知機能", "55.0", "55.0", "62.1", "62.1"),
                        new GroupScore("第4群 精神・行動障害", "81.7", "81.7", "90.2", "90.2"),
                        new GroupScore("第5群 社会生活への適応", "38.4", "38.4", "45.0", "45.0")),
                List.of("A03（寝たきり度と歩行の組合せ）"), "不安定", "72.4%");
    }

    static List<AnswerGroup> answers() {
        return List.of(new AnswerGroup("第1群 身体機能・起居動作", List.of(
                new Answer("1-1", "麻痺等の有無", "ない", "ない", false),
                new Answer("1-7", "歩行", "何かにつかまればできる", "つかまらないでできる", true),
                new Answer("1-10", "洗身", "一部介助", "一部介助", false))),
                new AnswerGroup("第2群 生活機能", List.of(
                        new Answer("2-5", "排尿", "一部介助", "見守り等", true))));
    }

    private static String pct(double minutes, int scale) {
        return String.format(java.util.Locale.ROOT, "%.2f", minutes * 100.0 / scale);
    }
}
