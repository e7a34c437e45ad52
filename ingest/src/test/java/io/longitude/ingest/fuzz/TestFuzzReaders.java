package io.longitude.ingest.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.FileReport;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.mapping.Mapping;
import io.longitude.ingest.mapping.MappingException;
import io.longitude.ingest.mapping.MappingLoader;
import io.longitude.ingest.validation.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Jazzer fuzz tests of every reader and of mapping loading. A run of {@code mvn verify} replays the saved inputs
 * under {@code src/test/resources/io/longitude/ingest/fuzz/TestFuzzReadersInputs/}; {@code JAZZER_FUZZ=1} fuzzes for
 * real. The only outcomes allowed are a report (accepted, quarantined, or a typed rejection) and, for mappings, a
 * {@link MappingException}: anything else escaping is a bug.
 */
class TestFuzzReaders {
    private static final Pseudonymizer PSEUDONYMIZER =
            new Pseudonymizer("fuzz-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8), 1);
    private static final ReferenceData REFERENCES = new ReferenceData(
            Map.of("E01", "p"),
            Set.of(ReferenceData.enrolmentKey(PSEUDONYMIZER.pseudonym("P-1"), "E01")),
            Set.of(PSEUDONYMIZER.pseudonym("P-1")),
            Map.of("E01-S01", "E01"));
    private static final String MAPPING = """
            tool: qualtrics
            header_rows: 2
            submission_id: [ResponseId]
            participant_id: {column: code}
            edition_id: {value: E01}
            wave: {column: wave, default: W1}
            submitted_at: {column: when, format: "yyyy-MM-dd HH:mm:ss", zone: Europe/Brussels}
            questions:
              sd_integration: {column: level, values: {none: "0", general: "1", core: "2"}}
              ties: {column: ties, split: " "}
            """;

    @FuzzTest(maxDuration = "10s")
    void canonicalFile(byte[] content) throws IOException {
        check(content, "canonical.csv", Optional.empty());
    }

    @FuzzTest(maxDuration = "10s")
    void delimitedExport(byte[] content) throws IOException {
        check(content, "export.csv", Optional.of(mapping(MAPPING)));
    }

    @FuzzTest(maxDuration = "10s")
    void spreadsheetExport(byte[] content) throws IOException {
        check(
                content,
                "export.xlsx",
                Optional.of(mapping(MAPPING.replace("tool: qualtrics", "tool: kobo\nformat: xlsx"))));
    }

    @FuzzTest(maxDuration = "10s")
    void mappingFile(FuzzedDataProvider data) {
        try {
            MappingLoader.load(
                    new ByteArrayInputStream(data.consumeRemainingAsBytes()),
                    "fuzzed.yaml",
                    InstrumentLoader.followup());
        } catch (MappingException expected) {
            // The documented outcome of a bad mapping.
        }
    }

    private static void check(byte[] content, String name, Optional<Mapping> mapping) throws IOException {
        Path folder = Files.createTempDirectory("longitude-fuzz");
        try {
            Path file = folder.resolve(name);
            Files.write(file, content);
            FileReport report = Ingest.check(
                    new IngestConfig(folder.resolve("lake").toString(), folder.resolve("quarantine"), PSEUDONYMIZER),
                    mapping,
                    REFERENCES,
                    file);
            if (report.status() == FileReport.Status.CHECKED
                    && report.rowsAccepted() + report.rowsQuarantined() != report.rowsRead()) {
                throw new AssertionError("accepted + quarantined != read: " + report);
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Mapping mapping(String yaml) {
        return MappingLoader.load(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "fuzz.yaml",
                InstrumentLoader.followup());
    }
}
