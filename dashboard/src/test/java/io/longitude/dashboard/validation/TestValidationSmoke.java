package io.longitude.dashboard.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.system.LocalSpark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulation study end to end on two small programmes (generator, ingest, analysis in one Spark session): the
 * report names every core estimator with its true value, and the Wilson intervals of the response rate cover it in
 * most editions. The full study is {@code ./longitude validate}; its result is in docs/validation/.
 */
class TestValidationSmoke {
    @TempDir
    Path folder;

    @Test
    void smallStudyScoresEveryCoreEstimator() throws IOException {
        StringWriter progress = new StringWriter();
        Validation validation = new Validation(2, List.of(60), 3, 11, folder.resolve("report"), "smoke");

        List<String> csv = validation.run(LocalSpark.session("local[2]"), new PrintWriter(progress));

        assertThat(progress.toString()).contains("generated 2 of 2 programmes", "0 failed", "figures scored");
        assertThat(Files.readString(folder.resolve("report/validation.md")))
                .contains("| estimator | wave |", "M2 response rate");
        assertThat(Files.readAllLines(folder.resolve("report/validation.csv"))).isEqualTo(csv);
        for (String estimator : List.of(
                "M2 response rate",
                "M3 share at level 0",
                "M3 share at level 0, weighted",
                "M5 paired difference, integrated",
                "M6 unconscious integrators",
                "M9 dose slope, coach-confirmed",
                "M14 staff_sd_tools",
                "M4 up from not integrated",
                "M4 down from fully integrated",
                "M7 acted when interested",
                "M10 response rate vs previous edition")) {
            assertThat(csv)
                    .as(estimator)
                    .anyMatch(line -> line.startsWith(estimator.contains(",") ? "\"" + estimator : estimator + ","));
        }
        // W0 response rate: truth 0.95 on 6 editions; at most a few of their Wilson intervals may miss it.
        String w0 = csv.stream()
                .filter(line -> line.startsWith("M2 response rate,W0,edition,60,"))
                .findFirst()
                .orElseThrow();
        String[] fields = w0.split(",");
        assertThat(Double.parseDouble(fields[11])).isEqualTo(0.95);
        assertThat(Long.parseLong(fields[7])).isGreaterThanOrEqualTo(4);
        assertThat(Files.exists(folder.resolve("report/work"))).isFalse();
        // The study reads back as the intervals page reads the packaged one.
        assertThat(new IntervalStudy(Coverage.parse(csv)).estimators())
                .extracting(EstimatorSummary::metricId)
                .contains("M2", "M4", "M7", "M14");
    }
}
