package io.longitude.dashboard.trajectories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.network.LakeReads;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.springframework.stereotype.Component;

/**
 * From intake (W0) to the latest wave: M4 holds only consecutive waves and M5 keeps tests rather than the 3×3 table, so
 * this panel is counted from the lake, with M4's population: enrolled candidates of the edition (role candidate, status
 * not referred) answering sd_integration at W0 and at the latest wave in which any of them did. It is a table of at
 * most nine counts; kept per edition until enrolments or responses get a new Delta version.
 */
@Component
public class IntakeToLatest {
    private static final List<TableDefinition> TABLES = List.of(LakeTables.ENROLMENTS, LakeTables.RESPONSES);

    private final LakeReads lake;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public IntakeToLatest(LakeReads lake) {
        this.lake = lake;
    }

    private record Cached(List<Long> versions, Optional<FlowPanel> panel) {}

    /**
     * The panel {@code W0>W<latest>}, or empty when the latest wave answered by candidates who also answered at intake
     * is W1 (that panel is M4's own) or there is none.
     */
    public Optional<FlowPanel> panel(EditionSummary edition) {
        List<Long> versions = lake.versions(TABLES);
        Cached cached = cache.get(edition.editionId());
        if (cached == null || !cached.versions().equals(versions)) {
            cached = new Cached(versions, panel(edition, versions.get(0), versions.get(1)));
            cache.put(edition.editionId(), cached);
        }
        return cached.panel();
    }

    private Optional<FlowPanel> panel(EditionSummary edition, long enrolmentsVersion, long responsesVersion) {
        Dataset<Row> candidates = lake.read(LakeTables.ENROLMENTS, enrolmentsVersion)
                .filter(col("edition_id").equalTo(lit(edition.editionId())).and(col("role").equalTo(lit("candidate")))
                        .and(col("status").notEqual(lit("referred"))))
                .select("participant_key").distinct();
        Dataset<Row> answers = lake.read(LakeTables.RESPONSES, responsesVersion)
                .filter(col("edition_id").equalTo(lit(edition.editionId())).and(col("sd_integration").isNotNull()))
                .join(candidates, "participant_key")
                .select(col("participant_key"), col("wave"), expr("try_cast(substring(wave, 2) as int)").as("wave_index"),
                        col("sd_integration").as("level"));
        Dataset<Row> intake = answers.filter(col("wave_index").equalTo(0))
                .select(col("participant_key"), col("level").as("before"));
        Dataset<Row> later = answers.filter(col("wave_index").gt(0))
                .select(col("participant_key"), col("wave"), col("wave_index"), col("level").as("after"));
        List<Row> cells = intake.join(later, "participant_key")
                .groupBy("wave", "wave_index", "before", "after").agg(count(lit(1)).as("candidates"))
                .collectAsList();
        int latest = cells.stream().mapToInt(row -> row.getInt(1)).max().orElse(-1);
        if (latest < 2) {
            return Optional.empty();
        }
        long[][] counts = new long[FlowPanel.LEVELS][FlowPanel.LEVELS];
        String wave = "";
        for (Row row : cells) {
            int before = row.getInt(2);
            int after = row.getInt(3);
            if (row.getInt(1) == latest && before < FlowPanel.LEVELS && after < FlowPanel.LEVELS) {
                counts[before][after] += row.getLong(4);
                wave = row.getString(0);
            }
        }
        return Optional.of(new FlowPanel("W0>" + wave, counts, false, "ok"));
    }
}
