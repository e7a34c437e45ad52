package io.longitude.dashboard.system;

import io.longitude.core.lake.LakeTables;
import io.longitude.dashboard.editions.ChartController;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.network.LakeReads;
import io.longitude.dashboard.network.NetworkReader;
import io.longitude.dashboard.quality.QualityReader;
import io.longitude.dashboard.trajectories.IntakeToLatest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Warms the pages' caches whenever the lake or the metric table has a new version (after an analysis, an upload, an
 * inbox file or a run of the CLI): the metric rows, every edition's charts in every language, its network and
 * intake-to-latest panel, and each programme's data-quality figures. So the first view after an analysis answers from
 * memory rather than running Spark jobs (first views took 6 to 20 s before). Checks every few seconds with the cheap
 * {@code _delta_log} listing ({@code longitude.warm-interval}, 5 s by default); a failure is logged and retried at the
 * next new version.
 */
@Component
public class PageWarmer {
    private static final Logger LOG = LoggerFactory.getLogger(PageWarmer.class);

    private final MetricStore store;
    private final LakeReads lake;
    private final ChartController charts;
    private final NetworkReader network;
    private final IntakeToLatest trajectories;
    private final QualityReader quality;
    private volatile List<Long> warmed = List.of();

    PageWarmer(
            MetricStore store,
            LakeReads lake,
            ChartController charts,
            NetworkReader network,
            IntakeToLatest trajectories,
            QualityReader quality) {
        this.store = store;
        this.lake = lake;
        this.charts = charts;
        this.network = network;
        this.trajectories = trajectories;
        this.quality = quality;
    }

    @Scheduled(initialDelayString = "${longitude.warm-interval:5s}", fixedDelayString = "${longitude.warm-interval:5s}")
    void warmWhenChanged() {
        warm();
    }

    /** Warms the caches if the lake or the metric table has a version not warmed yet; the editions warmed (0: none). */
    int warm() {
        List<Long> versions = versions();
        if (versions.equals(warmed)) {
            return 0;
        }
        long start = System.nanoTime();
        try {
            List<EditionSummary> editions = store.editions();
            for (EditionSummary edition : editions) {
                charts.warm(edition.editionId(), WebConfiguration.LANGUAGES);
                network.network(edition);
                trajectories.panel(edition);
            }
            editions.stream()
                    .collect(Collectors.groupingBy(EditionSummary::programmeId))
                    .forEach((programme, own) -> quality.report(programme, own, Locale.ENGLISH));
            warmed = versions;
            LOG.info(
                    "Warmed the pages of {} editions in {} ms",
                    editions.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return editions.size();
        } catch (RuntimeException e) {
            LOG.warn("Could not warm the pages' caches: {}", e.getMessage());
            warmed = versions;
            return 0;
        }
    }

    private List<Long> versions() {
        List<Long> versions = new java.util.ArrayList<>(store.versions());
        versions.addAll(lake.versions(List.of(LakeTables.ENROLMENTS, LakeTables.RESPONSES, LakeTables.BATCHES)));
        return versions;
    }
}
