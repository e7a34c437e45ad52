package io.longitude.ingest.lake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestSpreadsheetSafe {
    @Test
    void formulaStartsGetALeadingQuote() {
        assertThat(SpreadsheetSafe.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetSafe.text("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetSafe.text("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetSafe.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.text("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetSafe.text("\rx")).isEqualTo("'\rx");
    }

    @Test
    void otherTextIsLeftAlone() {
        assertThat(SpreadsheetSafe.text("P-1")).isEqualTo("P-1");
        assertThat(SpreadsheetSafe.text("")).isEmpty();
        assertThat(SpreadsheetSafe.text(null)).isNull();
    }
}
