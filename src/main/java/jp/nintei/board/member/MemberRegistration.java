package jp.nintei.board.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.nintei.web.Violation;

/** A member as the secretariat registers or updates them (by login id). */
public record MemberRegistration(String loginId, String name, String nameKana, MemberField field, String profession,
        String officeNumber, String surveyorUserId, String email, LocalDate termFrom, LocalDate termTo, boolean active,
        List<Relative> relatives) {

    /** 親族: an insured person (by 被保険者番号) and the relation. */
    public record Relative(String insuredNumber, String relation) {
    }

    public MemberRegistration {
        relatives = relatives == null ? List.of() : List.copyOf(relatives);
    }

    List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        if (loginId == null || !loginId.matches("[a-zA-Z0-9][a-zA-Z0-9._-]{2,63}")) {
            v.add(new Violation("loginId", "ログインIDは英数字・記号（._-）3〜64文字で入力してください"));
        }
        if (isBlank(name) || name.length() > 100) {
            v.add(new Violation("name", "氏名を100文字以内で入力してください"));
        }
        if (field == null) {
            v.add(new Violation("field", "分野（保健・医療・福祉）を選択してください"));
        }
        if (officeNumber != null && !officeNumber.matches("\\d{10}")) {
            v.add(new Violation("officeNumber", "所属事業所の事業所番号は10桁の数字で入力してください"));
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            v.add(new Violation("email", "メールアドレスの形式が正しくありません"));
        }
        if (termFrom == null || termTo == null || termTo.isBefore(termFrom)) {
            v.add(new Violation("termTo", "任期の開始日と終了日（開始日以降）を入力してください"));
        }
        for (Relative r : relatives) {
            if (r.insuredNumber() == null || !r.insuredNumber().matches("\\d{10}") || isBlank(r.relation())) {
                v.add(new Violation("relatives", "親族は被保険者番号（10桁）と続柄で登録してください"));
                break;
            }
        }
        return v;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
