package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics of a generated programme (1,500 participants, 3 editions, seed 42) recover the true parameters the
 * generator wrote to truth.json. Each check is on a 95% interval; with nine checks, one of them misses by chance for
 * about a third of seeds, so a check passes when the truth lies within three standard errors of the estimate (the
 * standard error read from the interval: half-width / 1.96), a 99.7% interval. Generator, ingest and analysis run
 * through their public entry points, as the CLI calls them. A check of the generator more than of the product (whose
 * intervals {@code TestValidationSmoke} scores on every run), it runs in profile {@code long}: about a minute and a half.
 */
@EnabledIfSystemProperty(named = "longitude.long", matches = "true", disabledReason = "runs with mvn verify -Plong")
class TestTruthRecovery {
    @TempDir
    static Path folder;

    private static Map<String, Row> programme;
    private static String truth;

    @BeforeAll
    static void generateIngestAnalyse() throws IOException {
        Path generated = folder.resolve("generated");
        DemoProgrammeGenerator.generate(new GeneratorConfig(generated, 1500, 3, 42, GeneratorConfig.DEFAULT_AS_OF));
        truth = Files.readString(generated.resolve("truth.json"));
        SparkSession spark = LocalSpark.session("local[2]");
        String lake = folder.resolve("lake").toUri().toString();
        String metrics = folder.resolve("metrics").toUri().toString();
        List<Path> files;
        try (Stream<Path> listed = Files.list(generated)) {
            files = listed.filter(file -> file.toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        }
        Ingest.run(
                spark,
                new IngestConfig(
                        lake,
                        folder.resolve("quarantine"),
                        new Pseudonymizer("truth-recovery-key".getBytes(StandardCharsets.UTF_8), 1)),
                files);
        AnalyticsJob.run(spark, AnalyticsConfig.of(lake, metrics));
        programme = new HashMap<>();
        for (Row row : spark.read()
                .format("delta")
                .load(LakeUri.table(metrics, MetricTables.METRIC_VALUES))
                .filter("edition_id = ''")
                .collectAsList()) {
            programme.put(row.getAs("metric_id") + "|" + row.getAs("wave") + "|" + row.getAs("group_key"), row);
        }
    }

    @Test
    void responseRatesMatchTheResponseProbabilities() {
        List<Double> probability = list("response_probability_by_wave");
        double dropout = number("dropout_share");
        double factor = number("dropped_response_factor_after_w1");
        assertCovers("M2|W0|response_rate", probability.get(0));
        assertCovers("M2|W1|response_rate", probability.get(1));
        // From W2 on, dropped candidates respond less: p × (1 − dropout + dropout × factor).
        assertCovers("M2|W2|response_rate", probability.get(2) * (1 - dropout + dropout * factor));
    }

    @Test
    void intakeSharesMatchTheInitialLevelsWithUnconsciousIntegratorsReportingZero() {
        List<Double> shares = list("initial_level_shares");
        double unconscious = number("unconscious_integrator_share");
        assertCovers("M3|W0|level=0", shares.get(0) + unconscious * (shares.get(1) + shares.get(2)));
        assertCovers("M3|W0|level=1", shares.get(1) * (1 - unconscious));
        assertCovers("M3|W0|level=2", shares.get(2) * (1 - unconscious));
    }

    @Test
    void interestAtLevelZeroAndTheAttendanceEffect() {
        assertCovers("M7|W0>W1|interested", number("interested_share_at_level_0"));
        assertCovers("M9|W0>W1|slope_up_per_session|coach_confirmed", number("attendance_effect_per_session"));
    }

    @Test
    void staffItemsRiseOverTheWaves() {
        // Three staff answer each edition's waves, about eight answers per wave: the drift (truth: 0.3 per wave,
        // answers
        // rounded to whole points) shows as a rise over three waves, not from one wave to the next.
        assertThat(number("staff_item_drift_per_wave")).isPositive();
        for (String item :
                List.of("staff_sd_in_support", "staff_sd_confidence", "staff_sd_tools", "staff_sd_organisation")) {
            double first = programme.get("M14|W0|item=" + item).<Double>getAs("value");
            double third = programme.get("M14|W3|item=" + item).<Double>getAs("value");
            assertThat(third - first).as(item).isPositive();
        }
    }

    private static void assertCovers(String key, double expected) {
        Row row = programme.get(key);
        assertThat(row).as(key).isNotNull();
        assertThat(row.<String>getAs("status")).as(key).isEqualTo("ok");
        double value = row.<Double>getAs("value");
        double standardError = (row.<Double>getAs("upper") - row.<Double>getAs("lower")) / 2 / 1.959963984540054;
        assertThat(expected)
                .as(key + " " + value + " [" + row.getAs("lower") + ", " + row.getAs("upper") + "]")
                .isBetween(value - 3 * standardError, value + 3 * standardError);
    }

    private static double number(String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\": ([0-9.]+)").matcher(truth);
        assertThat(matcher.find()).as(field).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static List<Double> list(String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\": \\[([^]]*)]").matcher(truth);
        assertThat(matcher.find()).as(field).isTrue();
        return Stream.of(matcher.group(1).split(","))
                .map(String::trim)
                .map(Double::parseDouble)
                .toList();
    }
}
