package io.longitude.ingest.summaries;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The session summaries of the lake ({@link LakeTables#SESSION_SUMMARIES}): a manager's summary with tips per session
 * and language, in Markdown, kept as versions (who, when) in a Delta table beside the lake's others, so they travel
 * with it. Each save appends one version per language; nothing is overwritten.
 */
public final class SessionSummaries {
    /** The languages a summary is written in. */
    public static final Set<String> LANGUAGES = Set.of("nl", "fr", "en");

    /** The longest summary accepted, in characters: a page of tips, not a document. */
    public static final int MAX_LENGTH = 20_000;

    private final SparkSession spark;
    private final DeltaLake lake;

    public SessionSummaries(SparkSession spark, String lakeRoot) {
        this.spark = spark;
        this.lake = new DeltaLake(spark, io.longitude.core.lake.LakeUri.normalise(lakeRoot));
    }

    /**
     * One version of a summary.
     *
     * @param markdown the text as written (rendered and sanitised where it is shown)
     * @param author the user name of who wrote it
     * @param writtenAt when it was saved
     */
    public record Summary(
            String programmeId,
            String editionId,
            String sessionId,
            String language,
            String markdown,
            String author,
            Instant writtenAt) {
        public Summary {
            Objects.requireNonNull(programmeId, "programmeId is null");
            Objects.requireNonNull(editionId, "editionId is null");
            Objects.requireNonNull(sessionId, "sessionId is null");
            Objects.requireNonNull(markdown, "markdown is null");
            Objects.requireNonNull(author, "author is null");
            Objects.requireNonNull(writtenAt, "writtenAt is null");
            if (!LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("Cannot keep a summary of " + sessionId + " in language " + language
                        + ", expected nl, fr or en");
            }
            if (markdown.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("Cannot keep the " + language + " summary of " + sessionId + ": "
                        + markdown.length() + " characters, at most " + MAX_LENGTH);
            }
        }
    }

    /** Appends these versions in one Delta commit (the table is created on the first save). */
    public void save(List<Summary> versions) {
        if (versions.isEmpty()) {
            return;
        }
        lake.ensure(LakeTables.SESSION_SUMMARIES);
        List<Row> rows = versions.stream()
                .map(summary -> RowFactory.create(
                        summary.programmeId(),
                        summary.editionId(),
                        summary.sessionId(),
                        summary.language(),
                        summary.markdown(),
                        summary.author(),
                        Timestamp.from(summary.writtenAt())))
                .toList();
        spark.createDataFrame(rows, StructType.fromDDL(LakeTables.SESSION_SUMMARIES.ddl()))
                .write()
                .format("delta")
                .mode("append")
                .save(lake.path(LakeTables.SESSION_SUMMARIES));
    }

    /** Every version of the edition's summaries, newest first; empty before the first save. */
    public List<Summary> versions(String editionId) {
        if (!lake.exists(LakeTables.SESSION_SUMMARIES)) {
            return List.of();
        }
        return lake
                .read(LakeTables.SESSION_SUMMARIES)
                .filter(col("edition_id").equalTo(lit(editionId)))
                .collectAsList()
                .stream()
                .map(row -> new Summary(
                        row.getString(0),
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getTimestamp(6).toInstant()))
                .sorted(Comparator.comparing(Summary::writtenAt).reversed())
                .toList();
    }
}
