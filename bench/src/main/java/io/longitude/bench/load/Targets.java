package io.longitude.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load test's targets (issue 6): p95 of pages ≤ 100 ms, charts ≤ 150 ms, a warm small query ≤ 1.5 s, the
 * dashboard's p95 rising at most 1.5× while heavy analysts run, under 1% errors, and no heap growth (the live heap
 * after a full collection at the end within 10% of the one at the start).
 */
final class Targets {
    static final double MAXIMUM_RISE = 1.5;
    static final double MAXIMUM_ERROR_PERCENT = 1.0;
    static final double MAXIMUM_HEAP_GROWTH = 0.10;

    private Targets() {}

    /**
     * The verdicts. Latencies are those of the quiet phases; {@code loadedDashboard} is null without an analysts' phase;
     * {@code all} holds every class but the heavy query and sign-in over the measured phases; the live heaps (old
     * generation after a full collection before and after measuring, kB) are negative when not sampled.
     */
    static List<Verdict> evaluate(
            Summary pages,
            Summary charts,
            Summary sql,
            Summary quietDashboard,
            Summary loadedDashboard,
            Summary all,
            double liveHeapStartKb,
            double liveHeapEndKb) {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(latency("pages p95 ≤ 100 ms", pages, RequestClass.PAGE.targetP95Millis()));
        verdicts.add(latency("charts p95 ≤ 150 ms", charts, RequestClass.CHART.targetP95Millis()));
        verdicts.add(latency("warm small query p95 ≤ 1.5 s", sql, RequestClass.SQL.targetP95Millis()));
        if (loadedDashboard != null && loadedDashboard.count() > 0) {
            double ratio = loadedDashboard.p95Ratio(quietDashboard);
            verdicts.add(new Verdict(
                    "dashboard p95 rise with heavy analysts ≤ 1.5×",
                    format("%.0f ms → %.0f ms: %.2f×", quietDashboard.p95(), loadedDashboard.p95(), ratio),
                    ratio <= MAXIMUM_RISE));
        }
        verdicts.add(new Verdict(
                "errors < 1%",
                format("%d of %d (%.3f%%)", all.errors(), all.count(), all.errorPercent()),
                all.errorPercent() < MAXIMUM_ERROR_PERCENT));
        if (liveHeapStartKb > 0 && liveHeapEndKb > 0) {
            double growth = liveHeapEndKb / liveHeapStartKb - 1;
            verdicts.add(new Verdict(
                    "no heap growth (live old gen after full GC, end vs start, ≤ +10%)",
                    format("%.1f MB → %.1f MB (%+.1f%%)", liveHeapStartKb / 1024, liveHeapEndKb / 1024, 100 * growth),
                    growth <= MAXIMUM_HEAP_GROWTH));
        }
        return verdicts;
    }

    private static Verdict latency(String target, Summary summary, long limitMillis) {
        return new Verdict(
                target,
                format("p95 %.0f ms (n=%d)", summary.p95(), summary.count()),
                summary.count() > 0 && summary.p95() <= limitMillis);
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
