package io.longitude.dashboard.publication;

import io.longitude.core.lake.LakeTables;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.network.LakeReads;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.dashboard.system.VersionedCache;
import io.longitude.ingest.summaries.Publications;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.springframework.stereotype.Component;

/**
 * Which editions are public now: the latest change per edition in the lake's {@code publications} table, read once
 * per version of that table (a listing of its log), so a busy public page does not run a Spark job per request.
 */
@Component
public class PublishedEditions {
    private final LakeReads lake;
    private final Publications publications;
    private final VersionedCache<String, Map<String, Publications.Change>> latest = new VersionedCache<>(1);

    PublishedEditions(LakeReads lake, SparkSession spark, LongitudeProperties properties) {
        this.lake = lake;
        this.publications = new Publications(spark, properties.lake());
    }

    /** The edition's latest publish or unpublish, if it was ever published. */
    public Optional<Publications.Change> change(String editionId) {
        return Optional.ofNullable(latest().get(editionId));
    }

    /** Whether the edition is public now. */
    public boolean isPublic(String editionId) {
        return change(editionId).map(Publications.Change::published).orElse(false);
    }

    /** The editions public now, in edition order. */
    public List<Publications.Change> published() {
        return latest().values().stream()
                .filter(Publications.Change::published)
                .sorted(Comparator.comparing(Publications.Change::editionId))
                .toList();
    }

    /** Publishes the edition or takes it down, in the name of the manager; nothing is written when it is already so. */
    public void change(EditionSummary edition, boolean publish, String manager) {
        if (isPublic(edition.editionId()) == publish) {
            return;
        }
        publications.record(
                new Publications.Change(edition.programmeId(), edition.editionId(), publish, manager, Instant.now()));
    }

    private Map<String, Publications.Change> latest() {
        return latest.get("all", lake.version(LakeTables.PUBLICATIONS), publications::latest);
    }
}
