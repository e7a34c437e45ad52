package io.longitude.bench.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report's section on {@code ./longitude demo}: how it was timed, then when each step began and when it answered. */
final class DemoSection {
    private DemoSection() {}

    static List<String> lines(DemoStart demo) {
        List<String> lines = new ArrayList<>();
        lines.add("## `./longitude demo` from an empty data folder");
        lines.add("");
        lines.add("The application jar's `demo` command in a folder holding only `data/mappings`, on a free port, timed"
                + " until its sign-in page answers 200 (polled every " + DemoMeasure.POLL_MILLIS + " ms); each step at"
                + " the first poll that saw its line. Peak RSS "
                + String.format(Locale.ROOT, "%.2f GiB", demo.peakRssBytes() / (double) (1L << 30)) + ".");
        lines.add("");
        lines.add("| step | s after the command |");
        lines.add("|---|---:|");
        for (DemoStart.Step step : demo.steps()) {
            lines.add("| " + MarkdownReport.cell(step.line()) + " | " + seconds(step.millis()) + " |");
        }
        String last = demo.answered() ? "the dashboard answers" : MarkdownReport.cell("no answer: " + demo.failure());
        lines.add("| " + last + " | " + seconds(demo.millis()) + " |");
        lines.add("");
        return lines;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
