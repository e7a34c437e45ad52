package io.longitude.dashboard.trajectories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.DemoAccess;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.network.Pictures;
import io.longitude.dashboard.system.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** The trajectories of the demo programme's editions, checked against M4's rows and the lake. */
class TestTrajectories {
    private static final Viewer MANAGER = new Viewer("manager", Role.MANAGER, List.of("*"));
    private static final Pattern FLOW = Pattern.compile("id='flow-(W\\d+)-(W\\d+)-from(\\d)-to(\\d)-n(\\d+)'");

    private final MetricStore store = DemoAccess.context().getBean(MetricStore.class);
    private final TrajectoryController controller = DemoAccess.context().getBean(TrajectoryController.class);
    private final IntakeToLatest intakeToLatest = DemoAccess.context().getBean(IntakeToLatest.class);

    @Test
    void countsAreThoseOfM4() {
        for (EditionSummary edition : store.editions()) {
            List<MetricValue> cells = store.metrics(edition.editionId()).stream()
                    .filter(row ->
                            row.metricId().equals("M4") && row.key().text().startsWith("from="))
                    .toList();
            List<FlowPanel> panels = controller.panels(edition).stream()
                    .filter(FlowPanel::fromMetricTable)
                    .toList();
            assertThat(cells).isNotEmpty();
            assertThat(panels)
                    .extracting(FlowPanel::pair)
                    .containsExactlyInAnyOrderElementsOf(
                            cells.stream().map(MetricValue::wave).distinct().toList());
            for (MetricValue cell : cells) {
                FlowPanel panel = panels.stream()
                        .filter(candidate -> candidate.pair().equals(cell.wave()))
                        .findFirst()
                        .orElseThrow();
                int from = cell.key().text().charAt(5) - '0';
                int to = cell.key().text().charAt(cell.key().text().length() - 1) - '0';
                assertThat(panel.count(from, to))
                        .as(cell.wave() + " " + cell.key().text())
                        .isEqualTo(Math.round(cell.numerator()));
                assertThat(panel.fromTotal(from)).isEqualTo(cell.n());
            }
            for (FlowPanel panel : panels) {
                assertThat(panel.up()).isEqualTo(mover(edition, panel.pair(), "up"));
                assertThat(panel.stayed()).isEqualTo(mover(edition, panel.pair(), "stay"));
                assertThat(panel.down()).isEqualTo(mover(edition, panel.pair(), "down"));
            }
        }
    }

    @Test
    void everyRibbonOfTheSvgIsACountOfThePanels() {
        for (EditionSummary edition : store.editions()) {
            List<FlowPanel> panels = controller.panels(edition);
            String svg = Pictures.svg(controller.picture(edition.editionId(), MANAGER, Locale.ENGLISH));
            Map<String, Long> drawn = new HashMap<>();
            Matcher flow = FLOW.matcher(svg);
            while (flow.find()) {
                drawn.put(
                        flow.group(1) + ">" + flow.group(2) + "|" + flow.group(3) + "|" + flow.group(4),
                        Long.parseLong(flow.group(5)));
            }
            Map<String, Long> expected = new HashMap<>();
            for (FlowPanel panel : panels) {
                for (int from = 0; from < 3; from++) {
                    for (int to = 0; to < 3; to++) {
                        if (panel.count(from, to) > 0) {
                            expected.put(panel.pair() + "|" + from + "|" + to, panel.count(from, to));
                        }
                    }
                }
            }
            assertThat(drawn).as(edition.editionId()).isEqualTo(expected).isNotEmpty();
        }
    }

    @Test
    void intakeToTheLatestWaveIsCountedFromTheLake() {
        EditionSummary first = store.editions().get(0);
        FlowPanel panel = intakeToLatest.panel(first).orElseThrow();
        DemoAccess.spark()
                .read()
                .format("delta")
                .load(DemoAccess.lake() + "/enrolments")
                .createOrReplaceTempView("trajectory_enrolments");
        DemoAccess.spark()
                .read()
                .format("delta")
                .load(DemoAccess.lake() + "/responses")
                .createOrReplaceTempView("trajectory_responses");
        List<Row> rows = DemoAccess.spark()
                .sql("""
                SELECT a.sd_integration, b.sd_integration, count(*)
                FROM trajectory_responses a JOIN trajectory_responses b
                  ON a.participant_key = b.participant_key AND a.edition_id = b.edition_id
                JOIN (SELECT DISTINCT participant_key FROM trajectory_enrolments
                      WHERE edition_id = '%1$s' AND role = 'candidate' AND status <> 'referred') c
                  ON c.participant_key = a.participant_key
                WHERE a.edition_id = '%1$s' AND a.wave = 'W0' AND b.wave = '%2$s'
                  AND a.sd_integration IS NOT NULL AND b.sd_integration IS NOT NULL
                GROUP BY 1, 2
                """.formatted(first.editionId(), panel.after()))
                .collectAsList();
        long[][] expected = new long[3][3];
        rows.forEach(row -> expected[row.getInt(0)][row.getInt(1)] = row.getLong(2));
        assertThat(panel.pair()).isEqualTo("W0>W4");
        assertThat(panel.fromMetricTable()).isFalse();
        for (int from = 0; from < 3; from++) {
            for (int to = 0; to < 3; to++) {
                assertThat(panel.count(from, to)).isEqualTo(expected[from][to]);
            }
        }
    }

    @Test
    void anEditionOutsideTheViewersScopeIsNotFound() {
        Viewer elsewhere = new Viewer("other-manager", Role.MANAGER, List.of("another-programme"));
        String editionId = store.editions().get(0).editionId();
        assertThatThrownBy(() -> controller.page(editionId, elsewhere, new ExtendedModelMap()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> controller.picture(editionId, elsewhere, Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }

    private long mover(EditionSummary edition, String pair, String direction) {
        return store.metrics(edition.editionId()).stream()
                .filter(row -> row.metricId().equals("M4")
                        && row.wave().equals(pair)
                        && row.key().text().equals(direction))
                .map(row -> Math.round(row.numerator()))
                .findFirst()
                .orElseThrow();
    }
}
