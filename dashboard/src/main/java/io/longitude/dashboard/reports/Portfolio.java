package io.longitude.dashboard.reports;

import java.util.ArrayList;
import java.util.List;
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

    private static void add(List<ReportRow> rows, Optional<ReportRow> row) {
        row.ifPresent(rows::add);
    }
}
