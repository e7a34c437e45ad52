package io.longitude.bench.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run as long CSV: one line per size, measure and quantity, for plotting and comparing runs. */
final class CsvReport {
    static final String HEADER = "date,commit,size,participants,measure,quantity,value,unit";

    private final List<String> lines = new ArrayList<>();
    private final String date;
    private final String commit;

    private CsvReport(String date, String commit) {
        this.date = date;
        this.commit = commit;
    }

    static String of(RunInfo run, Machine machine, List<SizeResult> results) {
        CsvReport report = new CsvReport(run.started().toString().substring(0, 10), machine.commit());
        report.lines.add(HEADER);
        run.demo().ifPresent(demo -> report.whole("demo", "until answered", Long.toString(demo.millis()), "ms"));
        run.testRun().ifPresent(testRun -> report.whole("test run", "wall", Double.toString(testRun.seconds()), "s"));
        results.forEach(report::size);
        for (Target target : Targets.evaluate(run, results)) {
            report.lines.add(String.join(
                    ",",
                    report.date,
                    report.commit,
                    "",
                    "",
                    quote("target: " + target.name()),
                    "status",
                    target.status().text(),
                    ""));
        }
        return String.join("\n", report.lines) + "\n";
    }

    /** A measure of the whole product, not of a size. */
    private void whole(String measure, String quantity, String value, String unit) {
        lines.add(String.join(",", date, commit, "", "", measure, quantity, value, unit));
    }

    private void size(SizeResult result) {
        IngestFigures ingest = result.ingest();
        add(result, "programme", "rows", result.rows(), "rows");
        add(result, "programme", "bytes", result.exportBytes(), "bytes");
        add(result, "ingest whole", "wall", ingest.whole().process().millis(), "ms");
        add(result, "ingest whole", "rate", ingest.whole().rowsPerSecond(), "rows/s");
        add(result, "ingest whole", "throughput", ingest.whole().megabytesPerSecond(), "MB/s");
        add(result, "ingest whole", "peak rss", ingest.whole().process().peakRssBytes(), "bytes");
        add(result, "ingest whole", "cpu", ingest.whole().process().cpuMillis(), "ms");
        add(result, "ingest whole", "cli clock", ingest.whole().summary().millis(), "ms");
        add(result, "ingest rosters", "wall", ingest.rosters().process().millis(), "ms");
        add(result, "ingest follow-ups", "rows", ingest.followups().summary().rowsRead(), "rows");
        add(result, "ingest follow-ups", "wall", ingest.followups().process().millis(), "ms");
        add(result, "ingest follow-ups", "rate", ingest.followups().rowsPerSecond(), "rows/s");
        add(result, "ingest follow-ups", "throughput", ingest.followups().megabytesPerSecond(), "MB/s");
        add(
                result,
                "ingest follow-ups",
                "peak rss",
                ingest.followups().process().peakRssBytes(),
                "bytes");
        add(result, "ingest follow-ups", "cpu", ingest.followups().process().cpuMillis(), "ms");
        add(result, "duckdb conversion", "median", result.conversion().timed().median(), "ms");
        add(result, "duckdb conversion", "rate", result.conversion().rowsPerSecond(), "rows/s");
        add(result, "duckdb conversion", "throughput", result.conversion().megabytesPerSecond(), "MB/s");
        add(result, "ingest whole / duckdb conversion", "ratio", result.ingestRatio(), "x");
        add(result, "ingest follow-ups / duckdb conversion", "ratio", result.steadyIngestRatio(), "x");
        AnalysisFigures analysis = result.analysis();
        add(result, "analysis", "wall", analysis.process().millis(), "ms");
        add(result, "analysis", "peak rss", analysis.process().peakRssBytes(), "bytes");
        add(result, "analysis", "cpu", analysis.process().cpuMillis(), "ms");
        add(result, "analysis", "exit", analysis.process().exitCode(), "code");
        if (analysis.succeeded()) {
            add(result, "analysis", "job clock", analysis.summary().millis(), "ms");
            add(result, "analysis", "spark jobs", analysis.summary().sparkJobs(), "jobs");
            for (Map.Entry<String, Long> family :
                    analysis.summary().millisByFamily().entrySet()) {
                add(result, "analysis family " + family.getKey(), "wall", family.getValue(), "ms");
            }
        }
        for (QueryFigures query : result.queries()) {
            add(
                    result,
                    "query " + query.query().title() + " longitude",
                    "median",
                    query.longitude().median(),
                    "ms");
            add(
                    result,
                    "query " + query.query().title() + " duckdb",
                    "median",
                    query.duckdb().median(),
                    "ms");
            add(result, "query " + query.query().title(), "ratio", query.ratio(), "x");
        }
        add(result, "queries longitude", "sum of medians", result.longitudeQueriesMillis(), "ms");
        add(result, "queries duckdb", "sum of medians", result.duckdbQueriesMillis(), "ms");
    }

    private void add(SizeResult result, String measure, String quantity, double value, String unit) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4f", value);
        lines.add(String.join(
                ",",
                date,
                commit,
                result.size().label(),
                Integer.toString(result.size().participants()),
                quote(measure),
                quantity,
                text,
                unit));
    }

    static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
