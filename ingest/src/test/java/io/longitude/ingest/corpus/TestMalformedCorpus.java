package io.longitude.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.FileReport;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.validation.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input of the malformed corpus gives a quarantine row or a typed rejection naming the file, line and field,
 * within 10 s and without running out of memory: surefire runs this class in its own JVM with {@code -Xmx512m}.
 * It uses ingest's dry run ({@link Ingest#check}), which is the whole of ingest up to the commit.
 */
class TestMalformedCorpus {
    static final Path CORPUS = Path.of("target", "malformed-corpus");
    static final long LIMIT_MILLIS = 10_000;
    static final Pseudonymizer PSEUDONYMIZER =
            new Pseudonymizer("malformed-corpus-key-0123".getBytes(StandardCharsets.UTF_8), 1);

    static List<MalformedInput> inputs;
    static IngestConfig config;
    static ReferenceData references;

    @BeforeAll
    static void corpus() throws IOException {
        inputs = MalformedCorpus.write(CORPUS.resolve("inputs"));
        config = new IngestConfig(
                CORPUS.resolve("never-written-lake").toString(), CORPUS.resolve("quarantine"), PSEUDONYMIZER);
        String p1 = PSEUDONYMIZER.pseudonym("P-1");
        String p2 = PSEUDONYMIZER.pseudonym("P-2");
        String p3 = PSEUDONYMIZER.pseudonym("P-3");
        String p4 = PSEUDONYMIZER.pseudonym("P-4");
        references = new ReferenceData(
                Map.of("E01", "p", "E02", "p"),
                Set.of(
                        ReferenceData.enrolmentKey(p1, "E01"),
                        ReferenceData.enrolmentKey(p2, "E01"),
                        ReferenceData.enrolmentKey(p3, "E01"),
                        ReferenceData.enrolmentKey(p4, "E02")),
                Set.of(p1, p2, p3, p4),
                Map.of("E01-S01", "E01"));
    }

    @Test
    void corpusHasAtLeast150Inputs() {
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(150);
    }

    @TestFactory
    Stream<DynamicTest> everyInputIsQuarantinedOrRejectedWithItsReason() {
        return inputs.stream()
                .map(input -> DynamicTest.dynamicTest(input.name(), () -> {
                    long started = System.nanoTime();
                    FileReport report = Ingest.check(config, input.mapping(), references, input.file());
                    long millis = (System.nanoTime() - started) / 1_000_000;

                    assertThat(millis).as("%s took %d ms", input.name(), millis).isLessThan(LIMIT_MILLIS);
                    Expectation expected = input.expectation();
                    switch (expected.outcome()) {
                        case ACCEPTED -> {
                            assertThat(report.status()).as(report.toString()).isEqualTo(FileReport.Status.CHECKED);
                            assertThat(report.rowsQuarantined())
                                    .as(report.toString())
                                    .isZero();
                        }
                        case QUARANTINED -> assertQuarantined(input, report, expected);
                        case REJECTED -> {
                            assertThat(report.status()).as(report.toString()).isEqualTo(FileReport.Status.FAILED);
                            assertThat(report.message())
                                    .startsWith(expected.code().name() + ": ")
                                    .contains(input.file().getFileName().toString());
                        }
                        case QUARANTINED_OR_REJECTED ->
                            assertThat(
                                            report.status() == FileReport.Status.FAILED
                                                    ? report.message()
                                                            .contains(input.file()
                                                                    .getFileName()
                                                                    .toString())
                                                    : report.rowsQuarantined() + report.rowsWithQuarantinedAnswers()
                                                            > 0)
                                    .as(report.toString())
                                    .isTrue();
                    }
                    assertThat(CORPUS.resolve("never-written-lake")).doesNotExist();
                }));
    }

    /** The columns that make a follow-up row what it is: a row whose one of these fails is rejected whole. */
    private static final List<String> IDENTITY = List.of("participant_id", "edition_id", "wave", "submitted_at");

    private static void assertQuarantined(MalformedInput input, FileReport report, Expectation expected)
            throws IOException {
        assertThat(report.status()).as(report.toString()).isEqualTo(FileReport.Status.CHECKED);
        assertThat(report.rowsAccepted() + report.rowsQuarantined()).isEqualTo(report.rowsRead());
        try (CsvReader<CsvRecord> quarantine = CsvReader.builder().ofCsvRecord(Path.of(report.message()))) {
            List<CsvRecord> rows = quarantine.stream().skip(1).toList();
            assertThat(rows).as("quarantine of %s", input.name()).anySatisfy(row -> {
                assertThat(row.getField(0))
                        .isEqualTo(input.file().getFileName().toString().replace("'", ""));
                assertThat(Long.parseLong(row.getField(1))).isGreaterThan(1);
                assertThat(row.getField(2)).isEqualTo(expected.field());
                assertThat(row.getField(4)).isEqualTo(expected.code().name());
                assertThat(row.getField(5)).isNotBlank();
                if (row.getField(6).equals("answer")) {
                    assertThat(IDENTITY)
                            .as("the row survives only when its identity holds")
                            .doesNotContain(row.getField(2));
                    assertThat(report.rowsWithQuarantinedAnswers())
                            .as(report.toString())
                            .isPositive();
                } else {
                    assertThat(row.getField(6)).isIn("rejected", "pending");
                    assertThat(report.rowsQuarantined()).as(report.toString()).isPositive();
                }
            });
        }
    }
}
