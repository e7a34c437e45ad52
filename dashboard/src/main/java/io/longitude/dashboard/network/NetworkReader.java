package io.longitude.dashboard.network;

import io.longitude.analytics.collaboration.GraphBound;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.longitude.core.lake.LakeTables;
import io.longitude.dashboard.editions.EditionSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.springframework.stereotype.Component;

/**
 * Builds an edition's {@link EditionNetwork} from the lake's enrolments and responses, with the graph definitions of
 * M11: nodes are the edition's enrolled candidates (role candidate, status not referred); a tie is a distinct unordered
 * pair of participants named in a response's {@code ties} in any wave of the programme; ties within the edition join
 * two of its candidates, ties across editions join one of them with a candidate of another edition of the programme.
 * So the picture's counts are M11's {@code participants}, {@code ties} and {@code ties_across_editions}. Kept per
 * edition until the two tables get a new Delta version.
 */
@Component
public class NetworkReader {
    private static final List<io.longitude.core.lake.TableDefinition> TABLES = List.of(LakeTables.ENROLMENTS, LakeTables.RESPONSES);

    private final LakeReads lake;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public NetworkReader(LakeReads lake) {
        this.lake = lake;
    }

    private record Cached(List<Long> versions, EditionNetwork network) {}

    public EditionNetwork network(EditionSummary edition) {
        List<Long> versions = lake.versions(TABLES);
        Cached cached = cache.get(edition.editionId());
        if (cached == null || !cached.versions().equals(versions)) {
            cached = new Cached(versions, read(edition, versions.get(0), versions.get(1)));
            cache.put(edition.editionId(), cached);
        }
        return cached.network();
    }

    private EditionNetwork read(EditionSummary edition, long enrolmentsVersion, long responsesVersion) {
        Column programme = col("programme_id").equalTo(lit(edition.programmeId()));
        Dataset<Row> candidates = lake.read(LakeTables.ENROLMENTS, enrolmentsVersion)
                .filter(programme.and(col("role").equalTo(lit("candidate"))).and(col("status").notEqual(lit("referred"))))
                .select("edition_id", "participant_key", "desk_id")
                .dropDuplicates("edition_id", "participant_key");
        Dataset<Row> members = candidates.filter(col("edition_id").equalTo(lit(edition.editionId())))
                .select(col("participant_key").as("key"), coalesce(col("desk_id"), lit("")).as("member_desk"),
                        lit(true).as("member"));
        Dataset<Row> nodes = candidates.groupBy("participant_key")
                .agg(min(struct(col("edition_id"), coalesce(col("desk_id"), lit("")).as("desk"))).as("first"))
                .select(col("participant_key").as("key"), col("first.edition_id").as("first_edition"), col("first.desk").as("first_desk"))
                .join(members, new String[] {"key"}, "left")
                .select(col("key"), coalesce(col("member"), lit(false)).as("member"),
                        when(col("member"), lit(edition.editionId())).otherwise(col("first_edition")).as("edition"),
                        when(col("member"), col("member_desk")).otherwise(col("first_desk")).as("desk"))
                .localCheckpoint();

        Dataset<Row> reports = lake.read(LakeTables.RESPONSES, responsesVersion)
                .filter(programme.and(col("ties").isNotNull()))
                .select(col("participant_key").as("r"), explode(col("ties")).as("tie"))
                .select(col("r"), col("tie.participant_key").as("t"), col("tie.kind").as("kind"))
                .filter(col("t").isNotNull().and(col("r").notEqual(col("t"))));
        Dataset<Row> pairs = reports.select(least(col("r"), col("t")).as("a"), greatest(col("r"), col("t")).as("b"), col("kind"))
                .groupBy("a", "b").agg(array_sort(collect_set(col("kind"))).as("kinds"))
                .select(col("a"), col("b"), when(size(col("kinds")).equalTo(1), element_at(col("kinds"), 1))
                        .otherwise(lit(NetworkGraph.SEVERAL_KINDS)).as("kind"));
        Dataset<Row> ties = pairs
                .join(nodes.select(col("key").as("a"), col("member").as("member_a")), new String[] {"a"}, "inner")
                .join(nodes.select(col("key").as("b"), col("member").as("member_b")), new String[] {"b"}, "inner")
                .filter(col("member_a").or(col("member_b")))
                .select(col("a"), col("b"), coalesce(col("kind"), lit("")).as("kind"),
                        col("member_a").and(col("member_b")).as("within"))
                .localCheckpoint();

        Map<String, Long> byKind = new LinkedHashMap<>();
        long within = 0;
        long across = 0;
        for (Row row : ties.groupBy("kind", "within").agg(count(lit(1)).as("ties")).collectAsList()) {
            byKind.merge(row.getString(0), row.getLong(2), Long::sum);
            if (row.getBoolean(1)) {
                within += row.getLong(2);
            } else {
                across += row.getLong(2);
            }
        }
        Dataset<Row> tiedKeys = ties.select(col("a").as("key")).union(ties.select(col("b").as("key"))).distinct();
        Dataset<Row> drawnNodes = nodes.join(tiedKeys, new String[] {"key"}, "left_semi").filter(col("member").equalTo(false))
                .union(nodes.filter(col("member")));
        long memberCount = nodes.filter(col("member")).count();
        long others = drawnNodes.count() - memberCount;
        Optional<NetworkGraph> graph = GraphBound.DEFAULT.admits(memberCount + others, within + across)
                ? Optional.of(graph(edition.editionId(), drawnNodes.collectAsList(), ties.collectAsList()))
                : Optional.empty();
        return new EditionNetwork(memberCount, others, within, across, byKind, graph);
    }

    /** Numbers the nodes (members first, then by edition, desk and key) and drops their keys. */
    private static NetworkGraph graph(String editionId, List<Row> nodeRows, List<Row> tieRows) {
        List<Row> sorted = new ArrayList<>(nodeRows);
        sorted.sort(Comparator.<Row, Boolean>comparing(row -> !row.<Boolean>getAs("member"))
                .thenComparing(row -> row.<String>getAs("edition"))
                .thenComparing(row -> row.<String>getAs("desk"))
                .thenComparing(row -> row.<String>getAs("key")));
        Map<String, Integer> index = new HashMap<>();
        List<NetworkGraph.Node> nodes = new ArrayList<>();
        for (Row row : sorted) {
            int number = nodes.size() + 1;
            index.put(row.getAs("key"), number);
            nodes.add(new NetworkGraph.Node(number, row.getAs("edition"), row.getAs("desk"), row.getAs("member")));
        }
        List<NetworkGraph.Tie> ties = new ArrayList<>();
        for (Row row : tieRows) {
            int a = index.get(row.<String>getAs("a"));
            int b = index.get(row.<String>getAs("b"));
            ties.add(new NetworkGraph.Tie(Math.min(a, b), Math.max(a, b), row.getAs("kind"), !row.<Boolean>getAs("within")));
        }
        ties.sort(Comparator.comparingInt(NetworkGraph.Tie::from).thenComparingInt(NetworkGraph.Tie::to));
        return new NetworkGraph(editionId, nodes, ties);
    }
}
