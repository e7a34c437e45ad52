package io.longitude.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's session reads the lake but cannot change it, even through the DataFrame API that the guard never sees. */
class TestReadOnlyConsoleSession {
    static SmallLake lake;
    static ConsoleSessions sessions;

    @BeforeAll
    static void start() {
        lake = SmallLake.get();
        sessions = new ConsoleSessions(lake.spark, lake.lake, lake.metrics);
    }

    @Test
    void viewsReadTheLakeThroughTheReadOnlyFileSystem() {
        SparkSession console = sessions.session(Scope.EVERYTHING).session();

        assertThat(console.sql("SELECT count(*) FROM responses").first().getLong(0))
                .isPositive();
        assertThat(console.sql("SELECT count(*) FROM metric_values").first().getLong(0))
                .isPositive();
        assertThat(console.conf().get("fs.file.impl")).isEqualTo(ReadOnlyFileSystem.class.getName());
        assertThat(console.conf().get("spark.sql.runSQLOnFiles")).isEqualTo("false");
    }

    @Test
    void parquetWriteUnderTheLakeFails() throws IOException {
        SparkSession console = sessions.session(Scope.EVERYTHING).session();
        List<String> before = tree(lake.folder.resolve("lake"));

        assertThatThrownBy(() -> console.sql("SELECT * FROM editions").write().parquet(lake.lake + "/stolen"))
                .hasStackTraceContaining("read-only");
        assertThat(tree(lake.folder.resolve("lake"))).isEqualTo(before);
    }

    @Test
    void deltaAppendToALakeTableFailsAndLeavesItsVersion() throws IOException {
        SparkSession console = sessions.session(Scope.EVERYTHING).session();
        String editions = LakeUri.table(lake.lake, LakeTables.EDITIONS);
        List<String> before = tree(lake.folder.resolve("lake"));

        assertThatThrownBy(() -> console.read()
                        .format("delta")
                        .load(editions)
                        .write()
                        .format("delta")
                        .mode("append")
                        .save(editions))
                .hasStackTraceContaining("read-only");
        assertThatThrownBy(() -> console.read()
                        .format("delta")
                        .load(editions)
                        .write()
                        .format("delta")
                        .mode("overwrite")
                        .save(editions))
                .hasStackTraceContaining("read-only");
        assertThat(tree(lake.folder.resolve("lake"))).isEqualTo(before);
    }

    @Test
    void writeAnywhereOnTheLocalDiskFailsToo() throws IOException {
        SparkSession console = sessions.session(Scope.EVERYTHING).session();
        Path elsewhere = Files.createTempDirectory("longitude-sql-elsewhere");

        assertThatThrownBy(() -> console.range(3)
                        .write()
                        .mode("overwrite")
                        .csv(elsewhere.resolve("out").toUri().toString()))
                .hasStackTraceContaining("read-only");
        assertThat(elsewhere.resolve("out")).doesNotExist();
    }

    @Test
    void applicationSessionStillWrites() throws IOException {
        Path elsewhere = Files.createTempDirectory("longitude-sql-application");
        sessions.session(Scope.EVERYTHING);

        lake.spark.range(3).write().parquet(elsewhere.resolve("out").toUri().toString());

        assertThat(lake.spark
                        .read()
                        .parquet(elsewhere.resolve("out").toUri().toString())
                        .count())
                .isEqualTo(3);
    }

    @Test
    void scopedSessionSeesOnlyItsProgrammes() {
        SparkSession mine =
                sessions.session(Scope.programmes(SmallLake.PROGRAMME)).session();
        SparkSession other =
                sessions.session(Scope.programmes("another-programme")).session();

        for (String view : List.of(
                "editions",
                "enrolments",
                "participants",
                "sessions",
                "attendance",
                "assessments",
                "responses",
                "ties",
                "staff_responses",
                "session_feedback",
                "partners",
                "partner_responses",
                "metric_values")) {
            assertThat(mine.sql("SELECT count(*) FROM " + view).first().getLong(0))
                    .as(view)
                    .isPositive();
            assertThat(other.sql("SELECT count(*) FROM " + view).first().getLong(0))
                    .as(view)
                    .isZero();
        }
    }

    @Test
    void viewsShowNoSourceIdentifierBatchOrKeyVersion() {
        ConsoleSession console = sessions.session(Scope.EVERYTHING);

        assertThat(console.views()).extracting(ConsoleView::name).containsExactlyElementsOf(ConsoleViews.NAMES);
        assertThat(console.views())
                .flatExtracting(ConsoleView::columns)
                .extracting(ConsoleView.ViewColumn::name)
                .doesNotContain("source_submission_id", "batch_id", "key_version", "participant_id", "file_name");
    }

    static List<String> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(path -> root.relativize(path) + ":" + (Files.isRegularFile(path) ? sizeOf(path) : "dir"))
                    .sorted()
                    .toList();
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
