package jp.nintei.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Radicals that share a glyph with an ideograph in IPAex extract as the ideograph. */
class ToUnicodeRepairTest {

    @Test
    void kangxiAndSupplementRadicalsBecomeTheirIdeographs() {
        String cmap = "begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                + "3 beginbfchar\n<0001> <2F2D>\n<0002> <2ED1>\n<0003> <2E9F>\nendbfchar\nendcmap";
        String fixed = ToUnicodeRepair.rewrite(cmap);
        assertThat(fixed).contains("<0001> <5C71>", "<0002> <9577>", "<0003> <6BCD>");
    }
}
