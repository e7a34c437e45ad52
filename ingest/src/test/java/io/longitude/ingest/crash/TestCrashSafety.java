package io.longitude.ingest.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.SparkTestSession;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest process with SIGKILL, at random moments in {@value #DEFAULT_RUNS} runs and at the four moments that
 * matter (data files written but not committed, the commit itself, after the commit but before the batch row, and
 * while a commit that lost a race to another writer is retried, see {@link ConflictingWriter}), then
 * checks that every file is in the lake fully or not at all and that no response repeats. Run r ingests the follow-ups of
 * editions 1 to r, so it completes whatever the run before it interrupted; a last ingest in the test's own process
 * completes the lake, which must then hold every row exactly once. Each run's process starts its Spark session while
 * the run before it is being killed ({@link IngestChild}). {@code -Dlongitude.crash-runs=N} changes the number of
 * random runs; the README's test command runs {@value #DEFAULT_RUNS}, profile {@code long} runs 50.
 */
class TestCrashSafety {
    static final int DEFAULT_RUNS = 1;
    /** The moments that matter, each one run before the random ones. */
    static final int MOMENTS = 4;

    static final Pseudonymizer PSEUDONYMIZER =
            new Pseudonymizer("crash-test-key-0123456789".getBytes(StandardCharsets.UTF_8), 1);

    @TempDir
    static Path temp;

    static SparkSession spark;
    static IngestConfig config;
    static DeltaLake lake;
    static Map<String, Path> editionFiles;
    static Map<String, Long> editionRows;

    @BeforeAll
    static void programme() throws IOException {
        spark = SparkTestSession.start("longitude-crash-safety");
        int runs = Integer.getInteger("longitude.crash-runs", DEFAULT_RUNS) + MOMENTS;
        Path demo = temp.resolve("demo");
        DemoProgrammeGenerator.generate(
                new GeneratorConfig(demo, runs * 12, runs, 11, java.time.LocalDate.of(2100, 1, 1)));
        config = new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        lake = new DeltaLake(spark, config.lakeRoot());
        IngestReport rosters =
                Ingest.run(spark, config, List.of(demo.resolve("editions.csv"), demo.resolve("participants.csv")));
        assertThat(rosters.rowsQuarantined()).isZero();
        splitFollowupsByEdition(demo);
    }

    /** One follow-up file per edition, all its waves, so that each run brings rows the lake does not have yet. */
    static void splitFollowupsByEdition(Path demo) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        String header = null;
        for (int wave = 0; wave <= 4; wave++) {
            List<String> lines = Files.readAllLines(demo.resolve("followup-W" + wave + ".csv"));
            header = lines.get(0);
            for (String line : lines.subList(1, lines.size())) {
                rows.computeIfAbsent(line.split(",", 3)[1], edition -> new ArrayList<>())
                        .add(line);
            }
        }
        editionFiles = new LinkedHashMap<>();
        editionRows = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> edition : rows.entrySet()) {
            Path file = temp.resolve("followup-" + edition.getKey() + ".csv");
            Files.writeString(file, header + "\n" + String.join("\n", edition.getValue()) + "\n");
            editionFiles.put(edition.getKey(), file);
            editionRows.put(edition.getKey(), (long) edition.getValue().size());
        }
    }

    @Test
    void killedIngestLeavesEachFileFullyInOrOutAndReIngestCompletesIt() throws Exception {
        Random random = new Random(20261128);
        List<String> editions = new ArrayList<>(editionFiles.keySet());
        List<Long> prefixSums = new ArrayList<>(List.of(0L));
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        boolean killedDuringRetry = false;
        long before = 0;
        // Random kills fall within a quarter more than the length of the last run that finished (14 s until one has):
        // a faster ingest must not finish before most of its random moments, and some moments fall after its commit.
        int randomWindow = 14_000;
        IngestChild next = child(editions, 0);
        for (int run = 0; run < editions.size(); run++) {
            prefixSums.add(prefixSums.get(run) + editionRows.get(editions.get(run)));
            Path lakeDir = temp.resolve("lake");
            String moment = switch (run) {
                case 0 -> "files written, not committed";
                case 1 -> "during the commit";
                case 2 -> "after the commit, before the batch row";
                case 3 -> "during a retry";
                default -> "random";
            };
            ConflictingWriter conflicting = new ConflictingWriter(
                    spark, lakeDir.resolve("responses").toString(), next, run == 3 ? random.nextInt(1_500) : 0);
            BooleanSupplier trigger = switch (run) {
                case 0 -> LakeWatch.dataFilesWithoutCommit(lakeDir.resolve("responses"));
                case 1 -> LakeWatch.commitStarted(lakeDir.resolve("responses"));
                case 2 -> LakeWatch.committedWithoutBatch(lakeDir.resolve("responses"), lakeDir.resolve("batches"));
                case 3 -> conflicting;
                default -> LakeWatch.after(random.nextInt(randomWindow));
            };
            // Each run ingests every file so far: files an earlier kill interrupted are completed by the next run.
            // The next run's process starts its Spark session meanwhile; it reads the lake only once told to go.
            boolean killed;
            try (IngestChild current = next;
                    conflicting) {
                next = run + 1 < editions.size() ? child(editions, run + 1) : null;
                killed = current.runAndKill(trigger);
                killedDuringRetry |= killed && conflicting.sawRetry();
                if (!killed) {
                    randomWindow = (int) Math.max(200, current.runMillis() * 5 / 4);
                }
            } catch (Exception e) {
                if (next != null) {
                    next.close();
                }
                throw e;
            }
            long rows = lake.read(LakeTables.RESPONSES).count();
            assertThat(prefixSums)
                    .as("run %d (%s): %d rows must be whole files", run, moment, rows)
                    .contains(rows);
            assertThat(lake.read(LakeTables.RESPONSES)
                            .select("participant_key", "edition_id", "wave")
                            .distinct()
                            .count())
                    .as("run %d: no duplicated response", run)
                    .isEqualTo(rows);
            outcomes.merge(
                    killed
                            ? (rows == before ? "killed, nothing new committed" : "killed after committing")
                            : "finished",
                    1,
                    Integer::sum);
            before = rows;
        }
        IngestReport completion = Ingest.run(
                spark, config, editions.stream().map(editionFiles::get).toList());
        assertThat(completion.failed()).isFalse();
        long expected = prefixSums.get(prefixSums.size() - 1);
        assertThat(lake.read(LakeTables.RESPONSES).count()).isEqualTo(expected);
        assertThat(lake.read(LakeTables.RESPONSES)
                        .select("participant_key", "edition_id", "wave")
                        .distinct()
                        .count())
                .isEqualTo(expected);
        assertThat(lake.read(LakeTables.BATCHES).count()).isEqualTo(editions.size() + 2L);
        assertThat(lake.read(LakeTables.BATCHES).select("file_name").distinct().count())
                .isEqualTo(editions.size() + 2L);
        assertThat(lake.read(LakeTables.BATCHES).select("batch_id").distinct().count())
                .isEqualTo(editions.size() + 2L);
        System.out.println("Crash safety outcomes over " + editions.size() + " runs: " + outcomes);
        assertThat(editions)
                .hasSizeGreaterThanOrEqualTo(Integer.getInteger("longitude.crash-runs", DEFAULT_RUNS) + MOMENTS);
        assertThat(killedDuringRetry)
                .as("run 3 killed while a lost commit was retried")
                .isTrue();
        assertThat(outcomes.getOrDefault("killed, nothing new committed", 0)
                        + outcomes.getOrDefault("killed after committing", 0))
                .isGreaterThanOrEqualTo(editions.size() / 2);
    }

    /**
     * Follow-ups ingested before their participants wait (pending); the participants' ingest retries them, and is
     * killed while it does: when the retry's data files are written, when its commit starts, and at random moments.
     * After each kill the responses are whole pending files, none twice; giving the roster again completes the retry,
     * and every pending row is in the lake exactly once.
     */
    @Test
    void aRetryKilledMidwayLeavesWholeFilesAndGivingTheRosterAgainCompletesIt() throws Exception {
        Path demo = temp.resolve("demo");
        IngestConfig retryConfig = new IngestConfig(
                temp.resolve("retry-lake").toString(), temp.resolve("retry-quarantine"), PSEUDONYMIZER);
        DeltaLake retryLake = new DeltaLake(spark, retryConfig.lakeRoot());
        Ingest.run(spark, retryConfig, List.of(demo.resolve("editions.csv")));
        List<String> editions = new ArrayList<>(editionFiles.keySet());
        IngestReport early = Ingest.run(
                spark, retryConfig, editions.stream().map(editionFiles::get).toList());
        assertThat(early.rowsPending())
                .isEqualTo(
                        editionRows.values().stream().mapToLong(Long::longValue).sum());
        List<Long> prefixSums = new ArrayList<>(List.of(0L));
        editions.stream()
                .sorted(java.util.Comparator.comparing(
                        edition -> editionFiles.get(edition).getFileName().toString()))
                .forEach(edition -> prefixSums.add(prefixSums.get(prefixSums.size() - 1) + editionRows.get(edition)));
        Path responses = temp.resolve("retry-lake").resolve("responses");
        int runs = 2 + Math.max(1, Integer.getInteger("longitude.crash-runs", DEFAULT_RUNS) / 3);
        Random random = new Random(20261204);
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        IngestChild next = rosterChild(retryConfig, demo);
        for (int run = 0; run < runs; run++) {
            BooleanSupplier trigger = switch (run) {
                case 0 -> LakeWatch.dataFilesWithoutCommit(responses);
                case 1 -> LakeWatch.commitStarted(responses);
                default -> LakeWatch.after(random.nextInt(20_000));
            };
            boolean killed;
            try (IngestChild current = next) {
                next = run + 1 < runs ? rosterChild(retryConfig, demo) : null;
                killed = current.runAndKill(trigger);
            } catch (Exception e) {
                if (next != null) {
                    next.close();
                }
                throw e;
            }
            long rows = retryLake.exists(LakeTables.RESPONSES)
                    ? retryLake.read(LakeTables.RESPONSES).count()
                    : 0;
            assertThat(prefixSums)
                    .as("retry run %d: %d rows must be whole pending files", run, rows)
                    .contains(rows);
            if (rows > 0) {
                assertThat(retryLake
                                .read(LakeTables.RESPONSES)
                                .select("participant_key", "edition_id", "wave")
                                .distinct()
                                .count())
                        .as("retry run %d: no duplicated response", run)
                        .isEqualTo(rows);
            }
            outcomes.merge(killed ? "killed at " + rows + " rows" : "finished", 1, Integer::sum);
        }
        Ingest.run(spark, retryConfig, List.of(demo.resolve("participants.csv")));
        long expected = prefixSums.get(prefixSums.size() - 1);
        assertThat(retryLake.read(LakeTables.RESPONSES).count()).isEqualTo(expected);
        assertThat(retryLake
                        .read(LakeTables.RESPONSES)
                        .select("participant_key", "edition_id", "wave")
                        .distinct()
                        .count())
                .isEqualTo(expected);
        assertThat(Ingest.quarantine(retryConfig.quarantineDir()))
                .noneMatch(io.longitude.ingest.QuarantineItem::pending);
        System.out.println("Retry crash safety outcomes over " + runs + " runs: " + outcomes);
    }

    private static IngestChild rosterChild(IngestConfig retryConfig, Path demo) throws IOException {
        return IngestChild.start(
                retryConfig.lakeRoot(),
                retryConfig.quarantineDir(),
                Base64.getEncoder().encodeToString("crash-test-key-0123456789".getBytes(StandardCharsets.UTF_8)),
                List.of(demo.resolve("participants.csv")));
    }

    /** The ingest process of editions 1 to {@code run + 1}, started now and waiting for its turn. */
    private static IngestChild child(List<String> editions, int run) throws IOException {
        return IngestChild.start(
                config.lakeRoot(),
                temp.resolve("quarantine"),
                Base64.getEncoder().encodeToString("crash-test-key-0123456789".getBytes(StandardCharsets.UTF_8)),
                editions.subList(0, run + 1).stream().map(editionFiles::get).toList());
    }

    static long count(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> path.getFileName().toString().endsWith(suffix))
                    .count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
