package jp.nintei.board.packet;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a session's packet (審査会資料) shows, assembled once by {@link PacketAssembler} and
 * rendered by templates/board/packet.html. The member edition has no identity block and its free
 * text is masked; otherwise both editions are the same. Values are display strings: the template
 * only lays them out.
 */
public record PacketView(Edition edition, SessionHeader session, int revision, String issuedOn,
        List<CaseSheet> cases) {

    public enum Edition {
        MEMBER("委員用"),
        SECRETARIAT("事務局用");

        private final String label;

        Edition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isMemberEdition() {
        return edition == Edition.MEMBER;
    }

    public record SessionHeader(long number, String title, String date, String startTime, String place,
            String panelName, List<String> panelMembers) {
    }

    /** One case: its pages in the packet. */
    public record CaseSheet(int order, String caseId, Identity identity, Summary summary, PrimaryView primary,
            List<Independence> independence, List<AnswerGroup> answers, List<String> specialMedicalCare,
            List<String> servicesInUse, List<ItemGroup> opinionItems, List<Note> notes) {

        public boolean hasIdentity() {
            return identity != null;
        }

        /** Whether the same person was surveyed before: the packet then shows the previous answers. */
        public boolean hasPreviousSurvey() {
            return answers.stream().flatMap(g -> g.rows().stream()).anyMatch(a -> a.previous() != null);
        }
    }

    /** 事務局用 only. */
    public record Identity(String name, String kana, String birthDate, String address, String insuredNumber,
            String insurer, String surveyOffice, String surveyor, String institution, String physician) {
    }

    public record Summary(String applicationType, String age, String sex, String receivedDate, String surveyDate,
            String surveyPlace, String opinionDate, String previousLevel, String previousValidity) {
    }

    /**
     * 一次判定. Bars are laid out on a scale of {@code scaleMax} minutes: segment and tick
     * positions are percentages of the chart width, so CSS draws them as vector boxes.
     */
    public record PrimaryView(String level, String previousLevel, String totalMinutes, String totalPercent,
            List<TimeSegment> times, List<Tick> thresholds, List<GroupScore> groups, List<String> warningCodes,
            String stability, String dementiaProbability) {

        public boolean hasBreakdown() {
            return !times.isEmpty();
        }
    }

    public record TimeSegment(String label, String minutes, String leftPercent, String widthPercent, int colour) {
    }

    public record Tick(String label, String leftPercent) {
    }

    /** A 中間評価項目得点 (0–100); {@code previous} is null without a previous certification. */
    public record GroupScore(String label, String score, String widthPercent, String previous, String previousPercent) {
    }

    public record Independence(String scale, String survey, String opinion) {
    }

    public record AnswerGroup(String name, List<Answer> rows) {

        public int changes() {
            return (int) rows.stream().filter(Answer::changed).count();
        }
    }

    /**
     * A survey answer; {@code previous} is null without a previous survey, {@code changed} marks
     * a difference from it.
     */
    public record Answer(String id, String name, String answer, String previous, boolean changed) {
    }

    public record Item(String label, String value) {
    }

    /** A section of the 主治医意見書 with its items. */
    public record ItemGroup(String title, List<Item> items) {

        /** The items two by two, for a table of two label/value pairs a row. */
        public List<List<Item>> pairs() {
            List<List<Item>> pairs = new ArrayList<>();
            for (int i = 0; i < items.size(); i += 2) {
                pairs.add(items.subList(i, Math.min(i + 2, items.size())));
            }
            return pairs;
        }
    }

    /** 特記事項 (survey, by item) or the opinion's 特記すべき事項, masked in the member edition. */
    public record Note(String itemId, String label, String text) {
    }
}
