package jp.nintei.opinion;

import java.util.Arrays;
import java.util.Optional;

/** What staff learnt when they called or faxed the physician after the last reminder. */
public enum PhoneOutcome {
    PROMISED("promised", "提出予定を確認"),
    NO_ANSWER("noAnswer", "連絡がつかない"),
    DECLINED("declined", "作成できないとの回答（辞退）");

    private final String formValue;
    private final String label;

    PhoneOutcome(String formValue, String label) {
        this.formValue = formValue;
        this.label = label;
    }

    public String formValue() {
        return formValue;
    }

    public String label() {
        return label;
    }

    static Optional<PhoneOutcome> ofForm(String value) {
        return Arrays.stream(values()).filter(o -> o.formValue.equals(value)).findFirst();
    }
}
