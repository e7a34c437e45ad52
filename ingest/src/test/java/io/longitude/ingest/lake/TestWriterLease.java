package io.longitude.ingest.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestWriterLease {
    static final Configuration HADOOP = new Configuration();

    @TempDir
    Path lake;

    @Test
    void aWriterHoldsTheLeaseWhileItWritesAndReleasesIt() {
        try (WriterLease lease =
                WriterLease.open(HADOOP, lake.toString(), "./longitude ingest", WriterLease.Store.SHARED)) {
            assertThat(lease.held()).isTrue();
            assertThat(lease.other()).isEmpty();
            assertThat(lake.resolve(WriterLease.FILE_NAME))
                    .content()
                    .contains(
                            "name=./longitude ingest",
                            "pid=" + ProcessHandle.current().pid());
        }
        assertThat(lake.resolve(WriterLease.FILE_NAME)).doesNotExist();
    }

    @Test
    void aWriterMeetingAnotherLiveWriterOnASharedStoreWritesAndSaysWho() throws IOException {
        otherProcessLease(Instant.now());
        try (WriterLease lease =
                WriterLease.open(HADOOP, lake.toString(), "./longitude ingest", WriterLease.Store.SHARED)) {
            assertThat(lease.held()).isFalse();
            assertThat(lease.other())
                    .hasValueSatisfying(holder -> assertThat(holder.describe(Instant.now()))
                            .startsWith("Longitude server on port 8080 (pid 4242 on other-host, renewed "));
        }
        assertThat(lake.resolve(WriterLease.FILE_NAME))
                .as("the other's lease stays")
                .exists();
        assertThat(WriterLease.holder(HADOOP, lake.toString())).isPresent();
    }

    @Test
    void aSingleWriterStoreRefusesASecondWriterNamingTheFirst() throws IOException {
        otherProcessLease(Instant.now());
        assertThatThrownBy(() -> WriterLease.open(
                        HADOOP, lake.toString(), "./longitude ingest", WriterLease.Store.SINGLE_WRITER))
                .isInstanceOf(LeaseHeldException.class)
                .hasMessageContaining("Longitude server on port 8080 (pid 4242 on other-host")
                .hasMessageContaining("allows one writer at a time");
    }

    @Test
    void anErasureHoldingTheLeaseStopsEveryOtherWriterAndNeedsTheLakeToItself() throws IOException {
        try (WriterLease erasure = WriterLease.openExclusive(HADOOP, lake.toString(), "./longitude erase")) {
            Files.writeString(
                    lake.resolve(WriterLease.FILE_NAME),
                    Files.readString(lake.resolve(WriterLease.FILE_NAME)).replaceAll("pid=\\d+", "pid=4242"));
            assertThatThrownBy(() -> WriterLease.open(
                            HADOOP, lake.toString(), "Longitude server on port 8080", WriterLease.Store.SHARED))
                    .isInstanceOf(LeaseHeldException.class)
                    .hasMessageContaining("./longitude erase (pid 4242")
                    .hasMessageContaining("needs the lake to itself");
        }
        otherProcessLease(Instant.now());
        assertThatThrownBy(() -> WriterLease.openExclusive(HADOOP, lake.toString(), "./longitude erase"))
                .isInstanceOf(LeaseHeldException.class)
                .hasMessageContaining("Longitude server on port 8080");
    }

    @Test
    void aLeaseNotRenewedForItsValidityIsTakenOver() throws IOException {
        otherProcessLease(Instant.now().minus(WriterLease.VALID_FOR).minusSeconds(5));
        assertThat(WriterLease.holder(HADOOP, lake.toString())).isEmpty();
        try (WriterLease lease =
                WriterLease.open(HADOOP, lake.toString(), "./longitude ingest", WriterLease.Store.SINGLE_WRITER)) {
            assertThat(lease.held()).isTrue();
        }
    }

    @Test
    void s3WithoutACommitCoordinatorIsSingleWriter() {
        assertThat(WriterLease.Store.of("s3a://bucket/lake", Map.of())).isEqualTo(WriterLease.Store.SINGLE_WRITER);
        assertThat(WriterLease.Store.of(
                        "s3a://bucket/lake",
                        Map.of("spark.delta.logStore.s3a.impl", "io.delta.storage.S3DynamoDBLogStore")))
                .isEqualTo(WriterLease.Store.SHARED);
        assertThat(WriterLease.Store.of("hdfs://namenode:8020/lake", Map.of())).isEqualTo(WriterLease.Store.SHARED);
        assertThat(WriterLease.Store.of("data/lake", Map.of())).isEqualTo(WriterLease.Store.SHARED);
    }

    private void otherProcessLease(Instant renewed) throws IOException {
        Path file = lake.resolve(WriterLease.FILE_NAME);
        Files.writeString(file, "name=Longitude server on port 8080\nhost=other-host\npid=4242\n");
        Files.setLastModifiedTime(file, FileTime.from(renewed));
    }
}
