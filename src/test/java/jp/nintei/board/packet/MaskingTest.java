package jp.nintei.board.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The member edition's masking of free text: every variant people write of each identifier. */
class MaskingTest {

    final Masking masking = Masking.builder()
            .name("雲雀丘 珠緒").kana("ヒバリガオカ タマオ")
            .address("鶺鴒台町雲雀丘3-7-11").number("1234567890").number("0299-55-1234")
            .municipality("鶺鴒台町（架空）")
            .name("林 一").term("鶺鴒台町立鶺鴒病院").term("すみれ居宅介護支援事業所")
            .term("麻衣")
            .build();

    @Test
    void namesAreMaskedWholeWithoutSpacesAndByPart() {
        assertThat(masking.apply("雲雀丘 珠緒さんは雲雀丘珠緒として署名、珠緒さん、雲雀丘家"))
                .isEqualTo("＊＊＊さんは＊＊＊として署名、＊＊＊さん、＊＊＊家");
    }

    @Test
    void kanaIsMaskedInKatakanaAndHiragana() {
        assertThat(masking.apply("ヒバリガオカ タマオ／ひばりがおか たまお／タマオ")).doesNotContain("ヒバリガオカ", "ひばりがおか", "タマオ", "たまお");
    }

    @Test
    void addressNumbersMunicipalityAndInstitutionsAreMasked() {
        String masked = masking.apply("鶺鴒台町雲雀丘3-7-11在住、鶺鴒台町の雲雀丘地区。被保険者番号１２３４５６７８９０、電話0299-55-1234。"
                + "鶺鴒台町立鶺鴒病院に通院、すみれ居宅介護支援事業所が担当。長女の麻衣が同居。");
        assertThat(masked).doesNotContain("鶺鴒台町", "雲雀丘", "１２３４５６７８９０", "0299-55-1234", "鶺鴒病院", "すみれ", "麻衣")
                .contains("在住", "通院", "同居");
    }

    @Test
    void aOneCharacterNamePartIsMaskedOnlyBeforeAnHonorific() {
        assertThat(masking.apply("林さんは森林公園を散歩する")).isEqualTo("＊＊＊さんは森林公園を散歩する");
    }

    @Test
    void nothingIsLostWhereNoIdentifierOccurs() {
        assertThat(masking.apply("夜間は家族がパッド交換をしている")).isEqualTo("夜間は家族がパッド交換をしている");
        assertThat(masking.apply(null)).isNull();
    }
}
