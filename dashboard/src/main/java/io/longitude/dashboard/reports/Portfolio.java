package io.longitude.dashboard.reports;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portfolio's summary of one programme: a few rows of its report (enrolled, responders per wave, the share
 * integrated at the last wave, businesses still active, participants with a collaboration tie). The rows are taken
 * from the suppressed report itself, so the portfolio can show nothing the report hides.
 */
final class Portfolio {
    private Portfolio() {}

    static ReportTable summary(FunderReport report, String title) {
        List<ReportRow> rows = new ArrayList<>();
        report.row("funnel", "report.row.enrolled", "").ifPresent(rows::add);
        for (String wave : report.waves()) {
            report.row("response", "report.row.responders", wave).ifPresent(rows::add);
        }
        String last = report.lastWave();
        add(rows, report.row("integration", "report.row.answering", last));
        add(rows, report.row("integration", "report.row.share.integrated", last));
        add(rows, report.row("survival", "report.row.launched", ""));
        add(rows, report.row("survival", "report.row.share.active", ""));
        add(rows, report.row("collaboration", "report.row.participants", ""));
        add(rows, report.row("collaboration", "report.row.share.with_tie", ""));
        return new ReportTable("portfolio", title, report.columns(), rows);
    }

    /** The rows the roll-up across programmes shows: table and row of each programme's report, none per wave. */
    private static final List<List<String>> ROLLED_UP = List.of(
            List.of("funnel", "report.row.enrolled"),
            List.of("funnel", "report.row.completed"),
            List.of("funnel", "report.row.completed-share"),
            List.of("survival", "report.row.launched"),
            List.of("survival", "report.row.active"),
            List.of("survival", "report.row.share.active"),
            List.of("collaboration", "report.row.with_tie"));

    /**
     * The funder's programmes side by side, each by its total column, and a last column that adds up the counts. The
     * sum is shown only where every programme's count is shown: with one hidden, the sum less the shown ones would give
     * it away, so the sum is hidden too. Shares are not added up (their "together" cell is empty).
     */
    static ReportTable rollUp(List<FunderReport> reports, String title, String together, Locale locale) {
        List<String> columns =
                new ArrayList<>(reports.stream().map(FunderReport::programmeId).toList());
        columns.add(together);
        List<ReportRow> rows = new ArrayList<>();
        for (List<String> source : ROLLED_UP) {
            List<ReportCell> cells = new ArrayList<>();
            String label = null;
            boolean share = false;
            for (FunderReport report : reports) {
                Optional<ReportRow> row = report.row(source.get(0), source.get(1), "");
                if (row.isPresent()) {
                    label = row.get().label();
                    share = row.get().share();
                }
                // Without its key: the keys name a programme's counts, which this table holds for several programmes.
                cells.add(row.map(found -> found.cells().get(0))
                        .map(cell -> new ReportCell("", cell.display(), cell.state(), cell.shown(), cell.unit()))
                        .orElse(ABSENT));
            }
            if (label == null) {
                continue;
            }
            cells.add(share ? ABSENT : sum(cells, reports.get(0).complementarySymbol(), locale));
            rows.add(new ReportRow(label, source.get(1), "", share, cells));
        }
        return new ReportTable("portfolio-together", title, columns, rows);
    }

    private static final ReportCell ABSENT = new ReportCell("", "", ReportCell.ABSENT, null, "");

    private static ReportCell sum(List<ReportCell> cells, String hiddenSymbol, Locale locale) {
        List<ReportCell> present = cells.stream()
                .filter(cell -> !ReportCell.ABSENT.equals(cell.state()))
                .toList();
        if (present.stream().anyMatch(ReportCell::hidden)) {
            return new ReportCell(
                    "",
                    hiddenSymbol,
                    ReportCell.COMPLEMENTARY,
                    null,
                    present.get(0).unit());
        }
        if (present.isEmpty() || present.stream().anyMatch(cell -> cell.shown() == null)) {
            return ABSENT;
        }
        long total =
                present.stream().mapToLong(cell -> Math.round(cell.shown())).sum();
        return new ReportCell(
                "",
                NumberFormat.getIntegerInstance(locale)
                        .format(total)
                        .replace('\u00a0', ' ')
                        .replace('\u202f', ' '),
                ReportCell.SHOWN,
                (double) total,
                present.get(0).unit());
    }

    private static void add(List<ReportRow> rows, Optional<ReportRow> row) {
        row.ifPresent(rows::add);
    }
}
