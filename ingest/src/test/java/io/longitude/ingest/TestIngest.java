package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestIngest extends IngestTestBase {
    @TempDir
    static Path temp;

    static Path demo;
    static IngestConfig config;
    static IngestReport first;

    @BeforeAll
    static void ingestDemo() throws IOException {
        demo = temp.resolve("demo");
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(demo));
        config = new IngestConfig(temp.resolve("lake").toUri().toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        first = Ingest.run(spark, config, csvFiles(demo));
    }

    @Test
    void everyGeneratedRowIsAccepted() throws IOException {
        assertThat(first.failed()).isFalse();
        assertThat(first.rowsQuarantined()).isZero();
        long dataLines = 0;
        for (Path file : csvFiles(demo)) {
            dataLines += Files.readAllLines(file).size() - 1;
        }
        assertThat(first.rowsRead()).isEqualTo(dataLines);
        assertThat(first.rowsAccepted()).isEqualTo(dataLines);
        DeltaLake lake = new DeltaLake(spark, config.lakeRoot());
        assertThat(lake.read(LakeTables.EDITIONS).count()).isEqualTo(3);
        assertThat(lake.read(LakeTables.SESSIONS).count()).isEqualTo(30);
        assertThat(lake.read(LakeTables.BATCHES).count()).isEqualTo(10);
        long responses = 0;
        for (int wave = 0; wave <= 4; wave++) {
            responses += Files.readAllLines(demo.resolve("followup-W" + wave + ".csv")).size() - 1;
        }
        assertThat(lake.read(LakeTables.RESPONSES).count()).isEqualTo(responses);
        assertThat(first.summary()).startsWith("Ingested 10 files (0 already ingested, 0 failed): " + dataLines + " rows read");
    }

    @Test
    void secondIngestOfTheSameFilesChangesNothing() throws IOException {
        DeltaLake lake = new DeltaLake(spark, config.lakeRoot());
        Map<String, Long> before = versions(lake);

        IngestReport second = Ingest.run(spark, config, csvFiles(demo));

        assertThat(second.count(FileReport.Status.ALREADY_INGESTED)).isEqualTo(10);
        assertThat(second.rowsRead()).isZero();
        assertThat(versions(lake)).isEqualTo(before);
    }

    @Test
    void noNameEmailOrSourceIdentifierEntersTheLake() throws IOException {
        Set<String> secrets = new HashSet<>();
        for (String line : Files.readAllLines(demo.resolve("participants.csv")).subList(1, 114)) {
            String[] fields = line.split(",");
            secrets.add(fields[0]);
            secrets.add(fields[1]);
            secrets.add(fields[2]);
            secrets.add(fields[3]);
        }
        try (Stream<Path> files = Files.walk(temp.resolve("lake"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(bytes).as("%s must not contain %s", file, secret).doesNotContain(secret);
                }
            }
        }
    }

    private static Map<String, Long> versions(DeltaLake lake) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableDefinition table : LakeTables.ALL) {
            versions.put(table.name(), lake.version(table));
        }
        return versions;
    }

    static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
