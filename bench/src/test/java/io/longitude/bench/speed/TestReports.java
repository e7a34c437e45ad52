package io.longitude.bench.speed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestReports {
    private static final Machine MACHINE = new Machine(
            "Test CPU", 2, "23.5 GiB", "Debian", "OpenJDK 17", "4.2.0", "4.4.0", "v1.5.6", "abc123", "-Xmx6g");
    private static final RunInfo RUN = new RunInfo(
            Instant.parse("2026-11-29T04:00:00Z"),
            Instant.parse("2026-11-29T04:30:00Z"),
            "./longitude bench --sizes 1k,10k",
            new Protocol(2, 5),
            2,
            List.of("-Xmx4g"),
            Optional.of(new DemoStart(
                    true,
                    28_400,
                    1L << 30,
                    List.of(new DemoStart.Step("[1/4] Generating the demo programme into data/demo", 300)),
                    "")),
            Optional.of(new TestRun(700, "clean clone at abc123")));

    @Test
    void marksTheTargetsWithTheirFigures() {
        List<SizeResult> results = List.of(result("1k", 1_000, 10_000, 20_000), result("10k", 10_000, 100_000, 12_000));

        List<Target> targets = Targets.evaluate(RUN, results);

        assertThat(targets.subList(0, 2))
                .extracting(Target::status)
                .containsExactly(Target.Status.MET, Target.Status.MET);
        assertThat(targets.get(0).figures()).isEqualTo("28.4 s from an empty data folder");
        assertThat(targets.get(1).figures()).isEqualTo("11 min 40 s (clean clone at abc123)");
        targets = targets.subList(2, targets.size());
        assertThat(targets)
                .extracting(Target::status)
                .containsExactly(
                        Target.Status.NOT_RUN,
                        Target.Status.MISSED,
                        Target.Status.NOT_RUN,
                        Target.Status.MET,
                        Target.Status.MET,
                        Target.Status.MET,
                        Target.Status.MET,
                        Target.Status.MISSED,
                        Target.Status.MISSED,
                        Target.Status.NOT_RUN);
        assertThat(targets.get(1).figures()).contains("M2 response rates 4.0×").contains("worst 4.0×");
        assertThat(targets.get(3).figures()).startsWith("12.0 s");
        assertThat(targets.get(4).figures()).isEqualTo("2.5 s, 120 Spark jobs");
        assertThat(targets.get(5).figures()).isEqualTo("0.28 s (median of 3; 0.25–0.31 s)");
    }

    @Test
    void aFailureOverSeveralLinesStaysInItsCell() {
        assertThat(MarkdownReport.row("200k", "exit 1: ERROR one\nlongitude analyze: two | three"))
                .isEqualTo("| 200k | exit 1: ERROR one longitude analyze: two \\| three |");
    }

    @Test
    void writesEveryMeasureOfEverySize() {
        List<SizeResult> results = List.of(result("1k", 1_000, 10_000, 20_000), result("10k", 10_000, 100_000, 12_000));

        String markdown = MarkdownReport.of(RUN, MACHINE, results);
        String csv = CsvReport.of(RUN, MACHINE, results);

        assertThat(markdown)
                .contains(
                        "| CPU | Test CPU |",
                        "## Targets",
                        "## `./longitude demo` from an empty data folder",
                        "| [1/4] Generating the demo programme into data/demo | 0.3 |",
                        "| 10k | M4 transitions |",
                        "| M1 funnel | 100 | 100 |",
                        "## The running server (warm session, in this JVM)",
                        "| 1k | 280 (250–310) | 2,000 | 2.5 | 120 |",
                        "deviation from the 10k run");
        assertThat(csv)
                .startsWith(CsvReport.HEADER + "\n")
                .contains("2026-11-29,abc123,10k,10000,ingest whole,rate,")
                .contains("analysis family M1 funnel,wall,100,ms")
                .contains("2026-11-29,abc123,,,demo,until answered,28400,ms")
                .contains("2026-11-29,abc123,,,test run,wall,700.0,s");
    }

    private static SizeResult result(String label, int participants, long rows, long analysisMillis) {
        ProcessResult process = new ProcessResult(0, rows, 1L << 30, rows / 2, "", Path.of("err"));
        IngestFigures.Run run =
                new IngestFigures.Run(process, new IngestSummary(11, 0, rows, rows, 0, rows / 2), rows * 100);
        IngestFigures ingest = new IngestFigures(run, run, run);
        AnalysisFigures analysis = new AnalysisFigures(
                List.of("-Xmx4g"),
                new ProcessResult(0, analysisMillis, 2L << 30, analysisMillis, "", Path.of("err")),
                new AnalysisSummary(500, analysisMillis - 2_000, Map.of("M1 funnel", 100L), 120),
                "");
        List<QueryFigures> queries = new ArrayList<>();
        for (CoreQuery query : CoreQuery.values()) {
            queries.add(new QueryFigures(query, new Timed(List.of(400.0)), new Timed(List.of(100.0)), 36));
        }
        DuckConversion.Figures conversion =
                new DuckConversion.Figures(new Timed(List.of(rows / 100.0)), rows, rows * 100);
        return new SizeResult(
                new Size(label, participants),
                1_000,
                rows * 100,
                "1.00",
                ingest,
                analysis,
                2,
                rows / 10,
                rows / 3,
                queries,
                conversion,
                participants <= WarmServer.UP_TO_PARTICIPANTS
                        ? java.util.Optional.of(
                                new WarmServer.Figures(new Timed(List.of(250.0, 280.0, 310.0)), 2_500, 120, rows / 5))
                        : java.util.Optional.empty());
    }
}
