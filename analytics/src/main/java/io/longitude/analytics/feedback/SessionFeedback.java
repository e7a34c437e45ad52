package io.longitude.analytics.feedback;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.statistics.ClusteredRatio;
import io.longitude.analytics.statistics.Estimate;
import io.longitude.analytics.statistics.SimpleRegression;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M16 Session feedback, per session, per kind of session ({@code thematic}, {@code bmc_workshop}), per edition, and
 * for the programme (edition ""), all in wave "":
 * <ul>
 *   <li>{@code feedback=response}: the attended sessions that got feedback, among the attended sessions (attendance
 *       pairs); n = the attendees;</li>
 *   <li>{@code feedback=usefulness}, {@code feedback=clarity}: the mean answer (1–5) over every answer, n = the
 *       participants who answered;</li>
 *   <li>{@code feedback=useful}, {@code feedback=clear}: the share of those answers of 4 or 5 ("useful", "clear");</li>
 *   <li>{@code feedback=recommend}: the share of answers that would recommend the session, n = the participants.</li>
 * </ul>
 * A participant answers several sessions, and their answers go together: pooled rows take the participant as the
 * cluster ({@link ClusteredRatio}); a session's row, one answer per participant, has the usual Student t and Wilson
 * intervals. The programme's {@code feedback=<measure>|trend} is the least-squares slope, per edition, of the
 * participants' own means on the edition's number, with its t interval (one point per participant, so the points are
 * independent); n = participants. The free text ({@code feedback_intention}) is never read.
 */
public final class SessionFeedback {
    /** Each score with the answer it is read from. */
    private static final List<List<String>> SCORES = List.of(
            List.of("usefulness", "feedback_usefulness"),
            List.of("clarity", "feedback_clarity"),
            List.of("useful", "feedback_usefulness"),
            List.of("clear", "feedback_clarity"),
            List.of("recommend", "feedback_recommend"));
    /** The scores that are shares of answers; the others are mean ratings. */
    private static final List<String> SHARES = List.of("response", "useful", "clear", "recommend");
    /** The lowest rating that counts as useful or clear. */
    static final int AGREE = 4;

    private SessionFeedback() {}

    public static Dataset<Row> compute(
            Dataset<Row> editions,
            Dataset<Row> sessions,
            Dataset<Row> attendance,
            Dataset<Row> feedback,
            int minimumN) {
        Dataset<Row> sessionKinds =
                sessions.select(col("session_id"), lower(col("kind")).as("kind"));
        Dataset<Row> programmes = editions.select("edition_id", "programme_id", "number");
        Dataset<Row> answers = answers(feedback.join(sessionKinds, "session_id"))
                .unionByName(responses(attendance, feedback, sessionKinds, programmes));
        List<Cell> cells = new ArrayList<>();
        for (Row row : clusterSums(answers).collectAsList()) {
            cells.add(cell(row));
        }
        cells.addAll(trends(answers.join(programmes.select("edition_id", "number"), "edition_id")));
        return DriverCells.dataset(feedback.sparkSession(), cells, minimumN);
    }

    /** One row per answer to a score: programme, edition, session, kind, participant, measure, value. */
    private static Dataset<Row> answers(Dataset<Row> feedback) {
        Dataset<Row> all = null;
        for (List<String> score : SCORES) {
            String measure = score.get(0);
            Column answer = col(score.get(1));
            Column value = measure.equals("recommend")
                    ? when(answer, lit(1.0)).otherwise(lit(0.0))
                    : SHARES.contains(measure)
                            ? when(answer.geq(AGREE), lit(1.0)).otherwise(lit(0.0))
                            : answer.cast("double");
            Dataset<Row> one = feedback.filter(answer.isNotNull())
                    .select(
                            col("programme_id"),
                            col("edition_id"),
                            col("session_id"),
                            col("kind"),
                            col("participant_key"),
                            lit(measure).as("measure"),
                            value.as("value"));
            all = all == null ? one : all.unionByName(one);
        }
        return all;
    }

    /** One row per attended session: value 1 when the attendee gave feedback on it. */
    private static Dataset<Row> responses(
            Dataset<Row> attendance, Dataset<Row> feedback, Dataset<Row> sessionKinds, Dataset<Row> programmes) {
        Dataset<Row> given = feedback.select(col("session_id"), col("participant_key"), lit(1.0).as("given"));
        return attendance
                .select("session_id", "participant_key", "edition_id")
                .join(sessionKinds, "session_id")
                .join(programmes.select("edition_id", "programme_id"), "edition_id")
                .join(given, new String[] {"session_id", "participant_key"}, "left")
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("session_id"),
                        col("kind"),
                        col("participant_key"),
                        lit("response").as("measure"),
                        when(col("given").isNull(), lit(0.0))
                                .otherwise(lit(1.0))
                                .as("value"));
    }

    /**
     * Per programme, edition ("" for the programme), scope and measure, the sums over participants of their answer
     * counts x and answer sums y: m, Σx, Σy, Σy², Σxy, Σx². One row per session, kind and edition: its size does not
     * grow with the number of participants.
     */
    private static Dataset<Row> clusterSums(Dataset<Row> answers) {
        Column scopes = array(
                scope(col("edition_id"), "session", col("session_id")),
                scope(col("edition_id"), "kind", col("kind")),
                scope(col("edition_id"), "all", lit("")),
                scope(lit(""), "kind", col("kind")),
                scope(lit(""), "all", lit("")));
        Dataset<Row> perParticipant = answers.select(
                        col("programme_id"),
                        col("participant_key"),
                        col("measure"),
                        col("value"),
                        explode(scopes).as("place"))
                .groupBy(
                        col("programme_id"),
                        col("place.edition").as("edition_id"),
                        col("place.scope").as("scope"),
                        col("place.value").as("scope_value"),
                        col("measure"),
                        col("participant_key"))
                .agg(count(lit(1)).cast("double").as("x"), sum("value").as("y"));
        return perParticipant
                .groupBy("programme_id", "edition_id", "scope", "scope_value", "measure")
                .agg(
                        count(lit(1)).as("clusters"),
                        sum("x").as("answers"),
                        sum("y").as("sum"),
                        sum(col("y").multiply(col("y"))).as("squares"),
                        sum(col("x").multiply(col("y"))).as("cross"),
                        sum(col("x").multiply(col("x"))).as("answers_squared"));
    }

    private static Column scope(Column edition, String scope, Column value) {
        return struct(edition.as("edition"), lit(scope).as("scope"), value.as("value"));
    }

    private static Cell cell(Row row) {
        Cell.Place place = new Cell.Place(MetricCatalogue.FEEDBACK.id(), row.getString(0), row.getString(1), "");
        String measure = row.getString(4);
        GroupKey.Feedback key = switch (row.getString(2)) {
            case "session" -> GroupKey.Feedback.session(measure, row.getString(3));
            case "kind" -> GroupKey.Feedback.kind(measure, row.getString(3));
            default -> GroupKey.Feedback.all(measure);
        };
        ClusteredRatio ratio = new ClusteredRatio(
                row.getLong(5),
                row.getDouble(6),
                row.getDouble(7),
                row.getDouble(8),
                row.getDouble(9),
                row.getDouble(10));
        if (SHARES.contains(measure)) {
            Estimate share = ratio.share();
            return place.value(
                    key.text(),
                    ratio.sum(),
                    ratio.answers(),
                    ratio.clusters(),
                    share.value(),
                    share.lower(),
                    share.upper());
        }
        Optional<Estimate> mean = ratio.mean();
        return mean.map(estimate -> place.value(
                        key.text(),
                        ratio.sum(),
                        ratio.answers(),
                        ratio.clusters(),
                        estimate.value(),
                        Math.max(1, estimate.lower()),
                        Math.min(5, estimate.upper())))
                .orElseGet(() -> place.value(
                        key.text(), ratio.sum(), ratio.answers(), ratio.clusters(), ratio.ratio(), null, null));
    }

    /**
     * The programme's trend of each score over its editions: the participants' own means, counted per programme,
     * edition number and mean (a bounded set of values), regressed on the number.
     */
    private static List<Cell> trends(Dataset<Row> answers) {
        List<Row> points = answers.filter(col("measure").isin("usefulness", "clarity", "recommend"))
                .groupBy("programme_id", "measure", "number", "participant_key")
                .agg(sum("value").divide(count(lit(1))).as("mean"))
                .groupBy("programme_id", "measure", "number", "mean")
                .agg(count(lit(1)).as("participants"))
                .collectAsList();
        Map<List<String>, List<Row>> byMeasure = new TreeMap<>(java.util.Comparator.comparing(List::toString));
        for (Row point : points) {
            byMeasure
                    .computeIfAbsent(List.of(point.getString(0), point.getString(1)), key -> new ArrayList<>())
                    .add(point);
        }
        List<Cell> cells = new ArrayList<>();
        byMeasure.forEach((programmeAndMeasure, rows) -> {
            Cell.Place place = new Cell.Place(MetricCatalogue.FEEDBACK.id(), programmeAndMeasure.get(0), "", "");
            String key = GroupKey.Feedback.trend(programmeAndMeasure.get(1)).text();
            double[] x = new double[rows.size()];
            double[] y = new double[rows.size()];
            long[] counts = new long[rows.size()];
            long participants = 0;
            for (int i = 0; i < rows.size(); i++) {
                x[i] = rows.get(i).getInt(2);
                y[i] = rows.get(i).getDouble(3);
                counts[i] = rows.get(i).getLong(4);
                participants += counts[i];
            }
            long n = participants;
            cells.add(SimpleRegression.slope(x, y, counts)
                    .map(slope -> place.value(key, null, null, n, slope.value(), slope.lower(), slope.upper()))
                    .orElseGet(() -> place.notComputable(
                            key, n, "a trend needs two editions and three participants with answers")));
        });
        return cells;
    }
}
