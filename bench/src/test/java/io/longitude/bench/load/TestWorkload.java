package io.longitude.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestWorkload {
    private final Workload workload = new Workload("brussels-sd-pilot", List.of("E01", "E02", "E03"));

    @Test
    void endpointsNameTheirIdsAsPlaceholders() {
        assertThat(workload.endpoint("/editions/E02")).isEqualTo("/editions/{edition}");
        assertThat(workload.endpoint("/editions/E02/network?colour=desk")).isEqualTo("/editions/{edition}/network");
        assertThat(workload.endpoint("/reports/brussels-sd-pilot.csv")).isEqualTo("/reports/{programme}.csv");
        assertThat(workload.chartEndpoint("/charts/E01/pre-post.png")).isEqualTo("/charts/{edition}/{chart}.png");
        assertThat(workload.chartEndpoint("/charts/E01/network-map.png?colour=edition"))
                .isEqualTo("/charts/{edition}/network-map.png");
        assertThat(workload.chartEndpoint("/reports/brussels-sd-pilot/charts/funnel.svg?lang=nl"))
                .isEqualTo("/reports/{programme}/charts/funnel.svg");
    }

    @Test
    void eachPersonaAsksForItsOwnClasses() {
        Random random = new Random(3);
        Set<RequestClass> funder = EnumSet.noneOf(RequestClass.class);
        Set<RequestClass> analyst = EnumSet.noneOf(RequestClass.class);
        for (int i = 0; i < 2_000; i++) {
            funder.add(workload.next(Persona.FUNDER, random).requestClass());
            analyst.add(workload.next(Persona.ANALYST, random).requestClass());
        }
        assertThat(funder).containsExactlyInAnyOrder(RequestClass.PAGE, RequestClass.EXPORT);
        assertThat(analyst)
                .containsExactlyInAnyOrder(RequestClass.PAGE, RequestClass.CHART, RequestClass.API, RequestClass.SQL);
        Request query = workload.next(Persona.ANALYST, new Random(0));
        for (int seed = 1; !query.posts(); seed++) {
            query = workload.next(Persona.ANALYST, new Random(seed));
        }
        assertThat(query.json()).startsWith("{\"sql\": \"SELECT ");
    }

    @Test
    void aPagesImagesAreItsImgSources() {
        String html =
                "<p><img class=\"chart\" src=\"/charts/E01/funnel.png\" alt=\"x\"></p><a href=\"/charts/E01/funnel.svg\">SVG</a>"
                        + "<img src=\"/charts/E01/network-map.png?colour=edition&amp;x=1\"><img src=\"https://elsewhere/x.png\">";
        assertThat(VirtualUser.images(html))
                .containsExactly("/charts/E01/funnel.png", "/charts/E01/network-map.png?colour=edition&x=1");
    }

    @Test
    void thinkTimesAndDurationsReadAsTheCommandLineWritesThem() {
        Think think = Think.parse("1-3s");
        assertThat(think.minimum()).isEqualTo(Duration.ofSeconds(1));
        assertThat(think.maximum()).isEqualTo(Duration.ofSeconds(3));
        assertThat(Think.parse("500ms-2s").minimum()).isEqualTo(Duration.ofMillis(500));
        assertThat(Think.parse("2s").maximum()).isEqualTo(Duration.ofSeconds(2));
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            assertThat(think.next(random)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
        }
        assertThat(Durations.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.format(Duration.ofSeconds(180))).isEqualTo("3m");
    }

    @Test
    void theScheduleFramesTheAnalystsPhaseWithQuietOnes() {
        Schedule schedule = Schedule.of(Duration.ofMinutes(1), Duration.ofMinutes(10), 2, Duration.ofMinutes(4));
        assertThat(schedule.phases())
                .extracting(Phase::name)
                .containsExactly("warm-up", "quiet", "analysts", "quiet-after");
        assertThat(schedule.phases())
                .extracting(Phase::planned)
                .containsExactly(
                        Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(4), Duration.ofMinutes(3));
        assertThat(schedule.quiet()).extracting(Phase::name).containsExactly("quiet", "quiet-after");
        assertThat(Schedule.of(Duration.ofMinutes(1), Duration.ofMinutes(3), 0, Duration.ofMinutes(1))
                        .phases())
                .extracting(Phase::name)
                .containsExactly("warm-up", "quiet");
    }
}
