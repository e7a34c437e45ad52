package io.longitude.bench.speed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestChildProcess {
    @TempDir
    Path folder;

    @Test
    void readsCpuTimeFromProcStatEvenWithAParenthesisInTheName() throws IOException {
        Path stat = Files.writeString(
                folder.resolve("stat"),
                "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 5000 0 3 0 1234 56 0 0 20 0 40 0 100 9000000 100000\n");

        assertThat(ChildProcess.cpuMillis(stat)).isEqualTo((1234 + 56) * 10);
        assertThat(ChildProcess.cpuMillis(folder.resolve("gone"))).isZero();
    }

    @Test
    void readsThePeakResidentSetFromProcStatus() throws IOException {
        Path status = Files.writeString(
                folder.resolve("status"), "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  2048 kB\nVmRSS:\t 1024 kB\n");

        assertThat(ChildProcess.highWaterMark(status)).isEqualTo(2048L * 1024);
        assertThat(ChildProcess.highWaterMark(folder.resolve("gone"))).isZero();
    }

    @Test
    void readsVersionsFromJarNames() {
        assertThat(Machine.versionOf("spark-sql-api_2.13-4.2.0.jar")).isEqualTo("4.2.0");
        assertThat(Machine.versionOf("delta-spark_2.13-4.4.0.jar")).isEqualTo("4.4.0");
        assertThat(Machine.versionOf("classes")).isEqualTo("unknown");
    }
}
