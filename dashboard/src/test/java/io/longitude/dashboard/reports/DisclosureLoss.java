package io.longitude.dashboard.reports;

import io.longitude.core.disclosure.DisclosureRule;
import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.dashboard.system.LongitudeProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * How much a funder report hides: for each analysed lake given (pairs of lake and metrics URIs), each programme's
 * report suppressed at k = 3, 5 and 10, printed as count cells, hidden cells (primary and complementary) and the share
 * hidden, with the time the suppression took. Run from the test class path, e.g. for the demo:
 * {@code java -cp <test class path> io.longitude.dashboard.reports.DisclosureLoss data/lake data/metrics}.
 */
final class DisclosureLoss {
    private DisclosureLoss() {}

    public static void main(String[] arguments) {
        SparkSession spark = LocalSpark.session("local[2]");
        System.out.println(
                "| lake | programme | editions | k | count cells | hidden | primary | complementary | share hidden | suppression |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            LongitudeProperties properties = new LongitudeProperties(
                    arguments[i],
                    arguments[i + 1],
                    "local[2]",
                    "quarantine",
                    "key",
                    "inbox",
                    Duration.ofSeconds(30),
                    "mappings",
                    "users",
                    "audit");
            MetricStore store = new MetricStore(spark, properties);
            for (String programme : store.editions().stream()
                    .map(EditionSummary::programmeId)
                    .distinct()
                    .toList()) {
                List<String> editions = store.editions().stream()
                        .filter(edition -> edition.programmeId().equals(programme))
                        .map(EditionSummary::editionId)
                        .toList();
                List<MetricValue> rows = new ArrayList<>();
                for (String metric : FunderReports.METRICS) {
                    store.metric(metric).stream()
                            .filter(row -> row.programmeId().equals(programme))
                            .forEach(rows::add);
                }
                Figures figures = ProgrammeCounts.of(programme, editions, rows);
                for (int k : List.of(3, 5, 10)) {
                    long started = System.nanoTime();
                    FunderReport report = RenderedOutputs.report(figures, new DisclosureRule(k), Locale.ENGLISH);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    long[] cells = report.countCells();
                    long primary = report.tables().stream()
                            .flatMap(table -> table.rows().stream())
                            .filter(row -> !row.share())
                            .flatMap(row -> row.cells().stream())
                            .filter(ReportCell::primary)
                            .count();
                    System.out.printf(
                            Locale.ROOT,
                            "| %s | %s | %d | %d | %d | %d | %d | %d | %.1f %% | %d ms |%n",
                            arguments[i],
                            programme,
                            editions.size(),
                            k,
                            cells[0],
                            cells[1],
                            primary,
                            cells[1] - primary,
                            100.0 * cells[1] / cells[0],
                            millis);
                }
            }
        }
        spark.stop();
    }
}
