package jp.nintei.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.Insurer;

/** The small rules of the letters: fiscal years of 文書番号, titles, legal basis, default sender. */
class NoticeRulesTest {

    @Test
    void documentNumbersRestartInApril() {
        assertThat(DocumentNumbers.fiscalYear(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
        assertThat(DocumentNumbers.fiscalYear(LocalDate.of(2027, 4, 1))).isEqualTo(2027);
        assertThat(DocumentNumbers.fiscalYear(LocalDate.of(2026, 12, 31))).isEqualTo(2026);
    }

    @Test
    void titleAndLegalBasisFollowTheLevel() {
        assertThat(DecisionNoticeComposer.title(CareLevel.CARE_5)).isEqualTo("要介護認定結果通知書");
        assertThat(DecisionNoticeComposer.title(CareLevel.SUPPORT_2)).isEqualTo("要支援認定結果通知書");
        assertThat(DecisionNoticeComposer.title(CareLevel.NOT_APPLICABLE)).isEqualTo("認定結果通知書（非該当）");
        assertThat(DecisionNoticeComposer.lawBasis(CareLevel.CARE_1)).isEqualTo("介護保険法第27条第7項");
        assertThat(DecisionNoticeComposer.lawBasis(CareLevel.SUPPORT_1)).isEqualTo("介護保険法第32条第6項");
        assertThat(DecisionNoticeComposer.lawBasis(CareLevel.NOT_APPLICABLE)).isEqualTo("介護保険法第27条第9項");
        assertThat(DecisionNoticeComposer.units(CareLevel.CARE_4)).isEqualTo("30,938単位");
    }

    @Test
    void defaultSenderComesFromTheInsurersNameAndSaysSo() {
        Sender sender = Letterheads.defaults(new Insurer("139999", "さくら市（架空）"));
        assertThat(sender.issuerName()).isEqualTo("さくら市長");
        assertThat(sender.defendant()).isEqualTo("さくら市");
        assertThat(sender.documentNumberPrefix()).isEqualTo("さ介");
        assertThat(sender.configured()).isFalse();
    }
}
