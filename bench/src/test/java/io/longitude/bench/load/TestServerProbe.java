package io.longitude.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestServerProbe {
    @Test
    void readsResidentMemoryFromProcStatus() {
        String status = "Name:\tjava\nVmPeak:\t 9710640 kB\nVmHWM:\t 5974000 kB\nVmRSS:\t 1905000 kB\nThreads:\t120\n";
        assertThat(ServerProbe.status(status))
                .containsEntry("VmRSS", 1_905_000L)
                .containsEntry("VmHWM", 5_974_000L)
                .doesNotContainKey("Threads");
    }

    @Test
    void readsTheHeapFromJstat() {
        String jstat = """
                 S0C    S1C    S0U    S1U      EC       EU        OC         OU       MC     MU    CCSC   CCSU   YGC     YGCT     FGC    FGCT     CGC    CGCT       GCT
                  0.0 8192.0    0.0 8192.0 319488.0 40960.0  192512.0   180000.5  250000.0 240000.0 30000.0 28000.0    125     1.234     1     0.500     4     0.020     1.754
                """;
        var columns = ServerProbe.jstat(jstat);
        assertThat(columns.get("OU")).isEqualTo(180000.5);
        assertThat(columns.get("YGC")).isEqualTo(125);
        assertThat(columns.get("CGC")).isEqualTo(4);
    }

    @Test
    void readsCpuTimeFromProcStat() {
        String stat =
                "13030 (java (x)) S 1 13030 13030 0 -1 4194560 912 0 0 0 15000 3600 0 0 20 0 120 0 100 9710640000 530000 18446744073709551615";
        assertThat(ServerProbe.cpuSeconds(stat)).isEqualTo(186.0);
    }

    @Test
    void theOldGenerationTrendIsALeastSquaresSlope() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<ServerSample> samples =
                List.of(sample(start, 100), sample(start.plusSeconds(60), 110), sample(start.plusSeconds(120), 120));
        assertThat(HeapTrend.oldGenerationSlopeMbPerMinute(samples)).isCloseTo(10, offset(1e-9));
        assertThat(HeapTrend.oldGenerationSlopeMbPerMinute(samples.subList(0, 1)))
                .isNaN();
    }

    @Test
    void theServersCpuUseOverAPhaseIsCpuSecondsPerSecond() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<ServerSample> samples = List.of(
                cpu(start, "quiet", 100),
                cpu(start.plusSeconds(10), "quiet", 112),
                cpu(start.plusSeconds(20), "quiet", 130),
                cpu(start.plusSeconds(30), "analysts", 150));
        assertThat(ServerUse.cores(samples, "quiet")).isCloseTo(1.5, offset(1e-9));
        assertThat(ServerUse.cores(samples, "analysts")).isNaN();
    }

    @Test
    void readsTheDemoCredentialsAndTheEditions() {
        String credentials =
                "# Demo users\nmanager  6DxByTeZEAzpQCE2ke83   MANAGER  brussels-sd-pilot\nadmin    QG97 ADMIN *\n";
        assertThat(Credentials.parse(credentials))
                .containsEntry("manager", "6DxByTeZEAzpQCE2ke83")
                .containsEntry("admin", "QG97");
        String editions =
                "[{\"programmeId\":\"p\",\"editionId\":\"E01\",\"number\":1},{\"programmeId\":\"p\",\"editionId\":\"E02\",\"number\":2}]";
        assertThat(Editions.parse(editions)).containsEntry("p", List.of("E01", "E02"));
    }

    private static ServerSample cpu(Instant at, String phase, double seconds) {
        return new ServerSample(at, phase, "", 0, 0, 0, 0, 0, 0, 0, 0, seconds);
    }

    private static ServerSample sample(Instant at, double oldMb) {
        return new ServerSample(at, "quiet", "", 0, 0, 0, 0, oldMb * 1024, 0, 0, 0, 0);
    }
}
