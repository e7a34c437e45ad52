package io.longitude.dashboard.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.dashboard.DemoAccess;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.system.NotFoundException;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** The data-quality report of the demo programme, checked against the lake and the quarantine files. */
class TestQualityReport {
    private static final Viewer MANAGER = new Viewer("manager", Role.MANAGER, List.of("*"));

    private final MetricStore store = DemoAccess.context().getBean(MetricStore.class);
    private final QualityController controller = DemoAccess.context().getBean(QualityController.class);

    private String programme() {
        return store.editions().get(0).programmeId();
    }

    private QualityReport report() {
        return controller.report(programme(), MANAGER, Locale.ENGLISH);
    }

    @Test
    void batchesAreTheRowsOfTheBatchTable() {
        List<Row> batches = lake("batches").orderBy("ingested_at", "file_name").collectAsList();
        QualityReport report = report();
        // The lake holds the demo's two programmes: each file is one programme's, or no one's.
        QualityReport other = controller.report(
                io.longitude.dashboard.system.DemoProgramme.SECOND.programmeId(), MANAGER, Locale.ENGLISH);
        assertThat(report.batches().size() + other.batches().size())
                .isEqualTo(batches.size() - (int) report.unattributedBatches());
        assertThat(report.batches())
                .extracting(BatchLine::batchPrefix)
                .doesNotContainAnyElementsOf(
                        other.batches().stream().map(BatchLine::batchPrefix).toList());
        assertThat(report.batches())
                .extracting(BatchLine::fileName)
                .doesNotHaveDuplicates()
                .isSubsetOf(batches.stream()
                        .map(row -> row.<String>getAs("file_name"))
                        .toList());
        assertThat(report.batches())
                .allSatisfy(batch -> assertThat(batch.rowsAccepted() + batch.rowsQuarantined())
                        .isEqualTo(batch.rowsRead()));
    }

    @Test
    void theDemosFilesAreCleanSoItsQuarantineIsEmpty() {
        QualityReport report = report();
        assertThat(report.batches())
                .allSatisfy(batch -> assertThat(batch.rowsQuarantined()).isZero());
        assertThat(report.quarantine()).isEmpty();
    }

    @Test
    void missingnessIsTheBlankShareOfTheLake() {
        QualityReport report = report();
        lake("responses").createOrReplaceTempView("quality_responses");
        for (String question : List.of("sd_integration", "employees", "sd_interest", "satisfaction")) {
            MissingLine line = report.missingness().stream()
                    .filter(candidate -> candidate.code().equals(question))
                    .findFirst()
                    .orElseThrow();
            for (MissingLine.Cell cell : line.cells()) {
                Row expected = DemoAccess.spark()
                        .sql("SELECT count(*), count_if(" + question + " IS NULL) FROM quality_responses "
                                + "WHERE programme_id = '" + programme() + "' AND wave = '" + cell.wave()
                                + "' AND instrument_id = 'followup'")
                        .first();
                assertThat(cell.responses()).isEqualTo(expected.getLong(0));
                if (cell.asked()) {
                    assertThat(cell.blank()).as(question + " " + cell.wave()).isEqualTo(expected.getLong(1));
                }
            }
        }
        assertThat(report.waves()).containsExactly("W0", "W1", "W2", "W3", "W4");
        MissingLine satisfaction = report.missingness().stream()
                .filter(line -> line.code().equals("satisfaction"))
                .findFirst()
                .orElseThrow();
        assertThat(satisfaction.cells())
                .extracting(MissingLine.Cell::asked)
                .containsExactly(false, true, false, false, false);
    }

    @Test
    void responseWindowsAreTheLakesSubmissionDates() {
        QualityReport report = report();
        lake("responses").createOrReplaceTempView("quality_windows");
        List<Row> expected = DemoAccess.spark()
                .sql("SELECT edition_id, wave, count(*), min(to_date(submitted_at)), "
                        + "max(to_date(submitted_at)) FROM quality_windows WHERE programme_id = '" + programme()
                        + "' AND instrument_id = 'followup' GROUP BY 1, 2")
                .collectAsList();
        assertThat(report.windows()).hasSize(expected.size());
        for (Row row : expected) {
            WindowLine line = report.windows().stream()
                    .filter(candidate -> candidate.editionId().equals(row.getString(0))
                            && candidate.wave().equals(row.getString(1)))
                    .findFirst()
                    .orElseThrow();
            assertThat(line.responses()).isEqualTo(row.getLong(2));
            assertThat(line.first()).isEqualTo(row.getDate(3).toLocalDate());
            assertThat(line.last()).isEqualTo(row.getDate(4).toLocalDate());
            assertThat(line.planned()).isNotNull();
            assertThat(line.outside()).isBetween(0L, line.responses());
        }
    }

    @Test
    void aProgrammeOutsideTheViewersScopeIsNotFound() {
        Viewer elsewhere = new Viewer("other-manager", Role.MANAGER, List.of("another-programme"));
        assertThatThrownBy(() -> controller.page(programme(), elsewhere, new ExtendedModelMap(), Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> controller.page("another-programme", MANAGER, new ExtendedModelMap(), Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReasonNeverQuotesTheRejectedValue() {
        assertThat(QuarantineFiles.redacted("unknown participant P-0042 in edition E01", "P-0042"))
                .isEqualTo("unknown participant … in edition E01");
        assertThat(QuarantineFiles.redacted("the edition has no such wave (W0 to W4)", "W9"))
                .contains("W0 to W4");
        assertThat(QuarantineFiles.redacted("value '-12' is negative", "'-12")).isEqualTo("value '…' is negative");
        assertThat(QuarantineFiles.redacted("not a whole number", "P-0042")).isEqualTo("not a whole number");
    }

    private static org.apache.spark.sql.Dataset<Row> lake(String table) {
        return DemoAccess.spark().read().format("delta").load(DemoAccess.lake() + "/" + table);
    }
}
