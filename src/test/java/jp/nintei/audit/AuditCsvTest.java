package jp.nintei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void cellsAreQuotedAndNeverRunAsFormulas() {
        assertThat(AuditCsv.cell(null)).isEmpty();
        assertThat(AuditCsv.cell("案件詳細の表示")).isEqualTo("案件詳細の表示");
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell("line1\nline2")).isEqualTo("\"line1\nline2\"");
        assertThat(AuditCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditCsv.cell("+81")).isEqualTo("'+81");
        assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void filterDescriptionNamesWhatWasAskedFor() {
        var filter = AuditFilter.read("2026-000001", null, "tanaka", "2026-04-01", null, null, "READ");
        assertThat(filter.describe()).isEqualTo("案件=2026-000001、利用者=tanaka、期間=2026-04-01〜、操作=閲覧");
        assertThat(AuditFilter.read(null, null, null, null, null, null, null).describe()).isEqualTo("条件なし");
    }
}
