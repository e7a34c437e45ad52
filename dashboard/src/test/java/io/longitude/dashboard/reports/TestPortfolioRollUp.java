package io.longitude.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The portfolio's programmes added up: a sum only of shown counts, hidden with any hidden part, shares not added. */
class TestPortfolioRollUp {
    private static ReportCell shown(long count) {
        return new ReportCell("k", Long.toString(count), ReportCell.SHOWN, (double) count, "people");
    }

    private static final ReportCell PRIMARY = new ReportCell("k", "< 5", ReportCell.PRIMARY, null, "people");

    private static FunderReport report(String programme, ReportCell enrolled, ReportCell completed, ReportCell share) {
        List<String> columns = List.of("Programme", programme + "-E01");
        ReportCell absent = new ReportCell("", "", ReportCell.ABSENT, null, "");
        ReportTable funnel = new ReportTable(
                "funnel",
                "Funnel",
                columns,
                List.of(
                        new ReportRow("Enrolled", "report.row.enrolled", "", false, List.of(enrolled, absent)),
                        new ReportRow("Completed", "report.row.completed", "", false, List.of(completed, absent)),
                        new ReportRow(
                                "Completed, share", "report.row.completed-share", "", true, List.of(share, absent))));
        return new FunderReport(
                programme, "en", columns, List.of(funnel), 5, "< 5", "×", Set.of(), List.of("W0"), "", "");
    }

    @Test
    void countsAddUpOnlyWhereEveryProgrammesCountIsShown() {
        ReportCell half = new ReportCell("s", "50%", ReportCell.SHOWN, 0.5, "share");
        ReportTable together = Portfolio.rollUp(
                List.of(report("alpha", shown(88), shown(49), half), report("beta", shown(41), PRIMARY, half)),
                "Together",
                "All programmes",
                Locale.ENGLISH);

        assertThat(together.columns()).containsExactly("alpha", "beta", "All programmes");
        assertThat(together.rows())
                .extracting(ReportRow::labelKey)
                .containsExactly("report.row.enrolled", "report.row.completed", "report.row.completed-share");
        ReportCell enrolled = together.rows().get(0).cells().get(2);
        assertThat(enrolled.display()).isEqualTo("129");
        assertThat(enrolled.shown()).isEqualTo(129.0);
        ReportCell completed = together.rows().get(1).cells().get(2);
        assertThat(completed.hidden())
                .as("49 + a hidden count would give the hidden count away")
                .isTrue();
        assertThat(completed.display()).isEqualTo("×");
        assertThat(completed.shown()).isNull();
        assertThat(together.rows().get(1).cells().get(1).display()).isEqualTo("< 5");
        assertThat(together.rows().get(2).cells().get(2).state())
                .as("shares are not added")
                .isEqualTo(ReportCell.ABSENT);
        assertThat(together.rows())
                .allSatisfy(row -> assertThat(row.cells())
                        .allSatisfy(cell -> assertThat(cell.key()).isEmpty()));
    }
}
