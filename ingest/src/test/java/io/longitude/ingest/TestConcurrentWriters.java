package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several ingests at once into one lake, as a data steward's two commands and the server's inbox would run them:
 * each ingest on its own thread of one Spark session, all released at the same moment, so their Delta commits race
 * (creating the responses table, MERGE into it, recording the batch) and the losers retry from a fresh snapshot.
 */
class TestConcurrentWriters extends IngestTestBase {
    static final int WRITERS = 3;

    @TempDir
    static Path temp;

    static Path demo;
    /** Per edition, its follow-ups of waves W0 to W2 (the first files of a new table) and of W3 and W4. */
    static List<Path> earlyWaves;

    static List<Path> lateWaves;
    static Map<Path, Long> rowsPerFile = new LinkedHashMap<>();

    @BeforeAll
    static void programme() throws IOException {
        demo = temp.resolve("demo");
        DemoProgrammeGenerator.generate(new GeneratorConfig(demo, 36, WRITERS, 23, LocalDate.of(2100, 1, 1)));
        earlyWaves = followupsByEdition(0, 2, "early");
        lateWaves = followupsByEdition(3, 4, "late");
    }

    @Test
    void concurrentIngestsOfDifferentFilesAllSucceedWithTheSumOfTheirRowsInNewAndExistingTablesWhileReadersRead()
            throws Exception {
        IngestConfig config = lake("different");
        DeltaLake lake = new DeltaLake(spark, config.lakeRoot());
        assertThat(lake.exists(LakeTables.RESPONSES)).isFalse();

        List<FileReport> created = together(config, earlyWaves);
        assertThat(created)
                .allSatisfy(report ->
                        assertThat(report.status()).as(report.toString()).isEqualTo(FileReport.Status.INGESTED));
        long early = earlyWaves.stream().mapToLong(rowsPerFile::get).sum();
        assertThat(lake.read(LakeTables.RESPONSES).count()).isEqualTo(early);

        Reader reader = new Reader(lake, early, wholeFileSums(early, lateWaves));
        reader.start();
        List<FileReport> merged;
        try {
            merged = together(config, lateWaves);
        } finally {
            reader.finish();
        }
        assertThat(reader.errors).as("a reader under writes").isEmpty();
        assertThat(reader.reads).as("reads while the writers ran").isPositive();
        assertThat(merged)
                .allSatisfy(report ->
                        assertThat(report.status()).as(report.toString()).isEqualTo(FileReport.Status.INGESTED));
        long all = early + lateWaves.stream().mapToLong(rowsPerFile::get).sum();
        assertThat(lake.read(LakeTables.RESPONSES).count()).isEqualTo(all);
        assertThat(lake.read(LakeTables.RESPONSES)
                        .select("participant_key", "edition_id", "wave")
                        .distinct()
                        .count())
                .isEqualTo(all);
        assertThat(lake.read(LakeTables.BATCHES).count()).isEqualTo(2 + 2L * WRITERS);
    }

    @Test
    void theSameFileIngestedByConcurrentWritersIsInsertedOnce() throws Exception {
        IngestConfig config = lake("same");
        DeltaLake lake = new DeltaLake(spark, config.lakeRoot());
        Path file = earlyWaves.get(0);

        List<FileReport> reports = together(config, List.of(file, file, file));

        assertThat(reports)
                .filteredOn(report -> report.status() == FileReport.Status.INGESTED)
                .hasSize(1);
        assertThat(reports)
                .filteredOn(report -> report.status() == FileReport.Status.ALREADY_INGESTED)
                .hasSize(WRITERS - 1);
        assertThat(lake.read(LakeTables.RESPONSES).count()).isEqualTo(rowsPerFile.get(file));
        assertThat(lake.read(LakeTables.RESPONSES)
                        .select("participant_key", "edition_id", "wave")
                        .distinct()
                        .count())
                .isEqualTo(rowsPerFile.get(file));
        assertThat(lake.read(LakeTables.BATCHES)
                        .filter("batch_id = '" + Ingest.sha256(file) + "'")
                        .count())
                .isEqualTo(1);
    }

    /**
     * Reads the responses while writers commit, as the dashboard and the analysis do: the version pinned before the
     * writes always gives the same rows; the latest version always holds whole files, never part of one.
     */
    static final class Reader extends Thread {
        static final int PAUSE_MILLIS = 300;

        private final DeltaLake lake;
        private final long pinnedRows;
        private final java.util.Set<Long> wholeFiles;
        private final long pinned;
        private volatile boolean stopped;
        final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile int reads;

        Reader(DeltaLake lake, long pinnedRows, java.util.Set<Long> wholeFiles) {
            super("concurrent-writers-reader");
            this.lake = lake;
            this.pinnedRows = pinnedRows;
            this.wholeFiles = wholeFiles;
            this.pinned = lake.version(LakeTables.RESPONSES);
        }

        @Override
        public void run() {
            while (!stopped) {
                try {
                    long atPin = spark.read()
                            .format("delta")
                            .option("versionAsOf", pinned)
                            .load(lake.path(LakeTables.RESPONSES))
                            .count();
                    long latest = lake.read(LakeTables.RESPONSES).count();
                    if (atPin != pinnedRows) {
                        errors.add("version " + pinned + " read " + atPin + " rows, not " + pinnedRows);
                    }
                    if (!wholeFiles.contains(latest)) {
                        errors.add(
                                "the latest version read " + latest + " rows, not a sum of whole files " + wholeFiles);
                    }
                    reads++;
                    // A dashboard reads now and then, not in a tight loop: leave the two cores to the writers.
                    Thread.sleep(PAUSE_MILLIS);
                } catch (RuntimeException e) {
                    errors.add(e.toString());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() throws InterruptedException {
            stopped = true;
            join(60_000);
        }
    }

    /** Every row count the table can hold: {@code base} plus the rows of any subset of the files. */
    private static java.util.Set<Long> wholeFileSums(long base, List<Path> files) {
        java.util.Set<Long> sums = new java.util.HashSet<>(List.of(base));
        for (Path file : files) {
            for (Long sum : List.copyOf(sums)) {
                sums.add(sum + rowsPerFile.get(file));
            }
        }
        return sums;
    }

    /** A lake holding the rosters, ingested one by one. */
    private static IngestConfig lake(String name) {
        IngestConfig config = new IngestConfig(
                temp.resolve(name).toUri().toString(), temp.resolve(name + "-quarantine"), PSEUDONYMIZER);
        IngestReport rosters =
                Ingest.run(spark, config, List.of(demo.resolve("editions.csv"), demo.resolve("participants.csv")));
        assertThat(rosters.failed()).isFalse();
        return config;
    }

    /** One ingest per file, each on its own thread, released together; their reports in the files' order. */
    private static List<FileReport> together(IngestConfig config, List<Path> files) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(files.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<IngestReport>> running = new ArrayList<>();
            for (Path file : files) {
                running.add(threads.submit(() -> {
                    start.await();
                    return Ingest.run(spark, config, List.of(file));
                }));
            }
            start.countDown();
            List<FileReport> reports = new ArrayList<>();
            for (Future<IngestReport> report : running) {
                reports.addAll(report.get(5, TimeUnit.MINUTES).files());
            }
            return reports;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Path> followupsByEdition(int fromWave, int toWave, String name) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        String header = null;
        for (int wave = fromWave; wave <= toWave; wave++) {
            List<String> lines = Files.readAllLines(demo.resolve("followup-W" + wave + ".csv"));
            header = lines.get(0);
            for (String line : lines.subList(1, lines.size())) {
                rows.computeIfAbsent(line.split(",", 3)[1], edition -> new ArrayList<>())
                        .add(line);
            }
        }
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, List<String>> edition : rows.entrySet()) {
            Path file = temp.resolve("followup-" + name + "-" + edition.getKey() + ".csv");
            Files.writeString(file, header + "\n" + String.join("\n", edition.getValue()) + "\n");
            files.add(file);
            rowsPerFile.put(file, (long) edition.getValue().size());
        }
        assertThat(files).hasSize(WRITERS);
        return files;
    }
}
