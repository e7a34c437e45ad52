package io.longitude.dashboard.reports;

import java.util.List;

/** One rendered row: its label, what it is (message key and wave), and its cells, one per column. */
record ReportRow(String label, String labelKey, String argument, boolean share, List<ReportCell> cells) {
    ReportRow {
        cells = List.copyOf(cells);
    }

    boolean is(String key, String wave) {
        return labelKey.equals(key) && argument.equals(wave);
    }
}
