package io.longitude.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.dashboard.system.LocalSpark;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit table on a real Delta table: appended, refused DELETE and UPDATE, read back newest first. */
class TestAuditTable {
    static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void session() {
        spark = LocalSpark.session("local[2]");
        spark.conf().set("spark.sql.shuffle.partitions", "2");
    }

    @Test
    void appendedEntriesAreReadBackNewestFirst() {
        String root = temp.resolve("audit").toString();
        AuditEntry older = entry("ann", "report.view", "E1", 12, 0);
        AuditEntry newer = entry("bob", "sql.query", "sha256:ab12", 3, 1);

        AuditTable.append(spark, root, older);
        AuditTable.append(spark, root, List.of(newer));

        assertThat(AuditTable.newest(spark, root, AuditQuery.all(), 10)).containsExactly(newer, older);
        assertThat(AuditTable.newest(spark, root, new AuditQuery("", "sql", 1, 50), 10))
                .containsExactly(newer);
        assertThat(AuditTable.newest(spark, root, new AuditQuery("ann", "", 1, 50), 10))
                .containsExactly(older);
        assertThat(AuditTable.newest(spark, root, new AuditQuery("", "sq", 1, 50), 10))
                .as("a family is a whole word")
                .isEmpty();
    }

    @Test
    void tableIsAppendOnly() {
        String root = temp.resolve("audit").toString();
        AuditTable.append(spark, root, entry("ann", "report.view", "E1", 12, 0));
        String table = "delta.`" + AuditTable.path(root) + "`";

        assertThatThrownBy(() -> spark.sql("DELETE FROM " + table + " WHERE username = 'ann'"))
                .hasMessageContaining("delta.appendOnly");
        assertThatThrownBy(() -> spark.sql("UPDATE " + table + " SET object = 'x'"))
                .hasMessageContaining("delta.appendOnly");
        assertThat(spark.sql("SHOW TBLPROPERTIES " + table).collectAsList().toString())
                .contains("delta.appendOnly,true");
        assertThat(spark.read().format("delta").load(AuditTable.path(root)).count())
                .isEqualTo(1);
    }

    @Test
    void missingTableHasNoEntries() {
        assertThat(AuditTable.newest(spark, temp.resolve("none").toString(), AuditQuery.all(), 10))
                .isEmpty();
    }

    @Test
    void bufferAppendsInTheBackgroundAndListsWhatIsQueued() throws InterruptedException {
        String root = temp.resolve("audit").toString();
        AuditBuffer buffer = new AuditBuffer(spark, root, Duration.ofMillis(300), 200);
        Audit audit = new Audit(buffer, spark);
        buffer.start();
        try {
            audit.record(entry("ann", "report.pdf", "P1", 40, 0));

            assertThat(audit.entries())
                    .as("seen before it is flushed")
                    .extracting(AuditEntry::action)
                    .containsExactly("report.pdf");
            waitForRows(root, 1);
            audit.record(entry("bob", "upload", "followup.csv", 0, 1));

            assertThat(audit.page(AuditQuery.all()).entries())
                    .extracting(AuditEntry::username)
                    .containsExactly("bob", "ann");
        } finally {
            buffer.stop();
        }
        assertThat(AuditTable.newest(spark, root, AuditQuery.all(), 10)).hasSize(2);
    }

    @Test
    void stopFlushesEverythingQueued() {
        String root = temp.resolve("audit").toString();
        AuditBuffer buffer = new AuditBuffer(spark, root, Duration.ofHours(1), 1_000_000);
        buffer.start();
        IntStream.range(0, 500).forEach(i -> buffer.add(entry("user" + i % 7, "report.view", "E" + i, i, i)));

        buffer.stop();

        assertThat(AuditTable.newest(spark, root, AuditQuery.all(), 1_000)).hasSize(500);
        buffer.add(entry("late", "report.view", "E1", 0, 600));
        assertThat(AuditTable.newest(spark, root, new AuditQuery("late", "", 1, 50), 10))
                .as("appended at once after stop")
                .hasSize(1);
    }

    @Test
    void fullBatchIsAppendedBeforeTheInterval() throws InterruptedException {
        String root = temp.resolve("audit").toString();
        AuditBuffer buffer = new AuditBuffer(spark, root, Duration.ofHours(1), 20);
        buffer.start();
        try {
            IntStream.range(0, 20).forEach(i -> buffer.add(entry("ann", "report.view", "E" + i, i, i)));
            waitForRows(root, 20);
        } finally {
            buffer.stop();
        }
    }

    @Test
    void pagesDoNotOverlapAcrossTableAndQueue() throws InterruptedException {
        String root = temp.resolve("audit").toString();
        AuditBuffer buffer = new AuditBuffer(spark, root, Duration.ofHours(1), 1_000_000);
        Audit audit = new Audit(buffer, spark);
        IntStream.range(0, 7).forEach(i -> AuditTable.append(spark, root, entry("ann", "report.view", "T" + i, i, i)));
        buffer.start();
        try {
            IntStream.range(7, 12).forEach(i -> audit.record(entry("ann", "report.view", "Q" + i, i, i)));

            AuditPage first = audit.page(new AuditQuery("ann", "report", 1, 5));
            AuditPage second = audit.page(new AuditQuery("ann", "report", 2, 5));
            AuditPage third = audit.page(new AuditQuery("ann", "report", 3, 5));

            assertThat(first.entries()).extracting(AuditEntry::object).containsExactly("Q11", "Q10", "Q9", "Q8", "Q7");
            assertThat(second.entries()).extracting(AuditEntry::object).containsExactly("T6", "T5", "T4", "T3", "T2");
            assertThat(third.entries()).extracting(AuditEntry::object).containsExactly("T1", "T0");
            assertThat(List.of(first.hasNext(), second.hasNext(), third.hasNext()))
                    .containsExactly(true, true, false);
        } finally {
            buffer.stop();
        }
    }

    static AuditEntry entry(String user, String action, String object, long rows, int second) {
        return new AuditEntry(
                Instant.parse("2026-03-01T10:00:00Z").plusSeconds(second), user, "ADMIN", action, object, rows);
    }

    private static void waitForRows(String root, int rows) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (AuditTable.newest(spark, root, AuditQuery.all(), rows + 1).size() >= rows) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(AuditTable.newest(spark, root, AuditQuery.all(), rows + 1)).hasSize(rows);
    }
}
