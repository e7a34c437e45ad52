package io.longitude.ingest.summaries;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.ingest.lake.DeltaLake;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Which editions are public ({@link LakeTables#PUBLICATIONS}): a manager publishes an edition's summaries and headline
 * figures, or takes them down. Each change appends one row (who, when) in one Delta commit, so the lake keeps the
 * history; the latest row per edition is the edition's state.
 */
public final class Publications {
    private final SparkSession spark;
    private final DeltaLake lake;

    public Publications(SparkSession spark, String lakeRoot) {
        this.spark = spark;
        this.lake = new DeltaLake(spark, LakeUri.normalise(lakeRoot));
    }

    /**
     * One change of an edition's public state.
     *
     * @param published true when the edition became public, false when it was taken down
     * @param changedBy the user name of the manager who changed it
     */
    public record Change(String programmeId, String editionId, boolean published, String changedBy, Instant changedAt) {
        public Change {
            Objects.requireNonNull(programmeId, "programmeId is null");
            Objects.requireNonNull(editionId, "editionId is null");
            Objects.requireNonNull(changedBy, "changedBy is null");
            Objects.requireNonNull(changedAt, "changedAt is null");
        }
    }

    /** Appends the change (the table is created on the first one). */
    public void record(Change change) {
        lake.ensure(LakeTables.PUBLICATIONS);
        Row row = RowFactory.create(
                change.programmeId(),
                change.editionId(),
                change.published(),
                change.changedBy(),
                Timestamp.from(change.changedAt()));
        spark.createDataFrame(List.of(row), StructType.fromDDL(LakeTables.PUBLICATIONS.ddl()))
                .write()
                .format("delta")
                .mode("append")
                .save(lake.path(LakeTables.PUBLICATIONS));
    }

    /** The latest change of every edition ever published, by edition id; empty before the first. */
    public Map<String, Change> latest() {
        return history().stream()
                .collect(Collectors.toMap(
                        Change::editionId,
                        Function.identity(),
                        (one, other) -> one.changedAt().isAfter(other.changedAt()) ? one : other));
    }

    /** Every change, oldest first. */
    public List<Change> history() {
        if (!lake.exists(LakeTables.PUBLICATIONS)) {
            return List.of();
        }
        return lake.read(LakeTables.PUBLICATIONS).collectAsList().stream()
                .map(row -> new Change(
                        row.getString(0),
                        row.getString(1),
                        row.getBoolean(2),
                        row.getString(3),
                        row.getTimestamp(4).toInstant()))
                .sorted(Comparator.comparing(Change::changedAt))
                .toList();
    }
}
