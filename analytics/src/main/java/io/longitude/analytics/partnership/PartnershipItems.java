package io.longitude.analytics.partnership;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.statistics.ClusteredRatio;
import io.longitude.analytics.statistics.Estimate;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.core.instrument.Question;
import io.longitude.core.instrument.QuestionType;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M17 Partnership: the partner questionnaire (instrument {@code partner}) over time. Per edition and wave, per edition
 * over its waves (wave ""), per wave over the editions and for the programme (edition ""): {@code item=<code>} the
 * mean of a Likert item (1–5), and for {@code item=partner_again} the share who would partner again; numerator and
 * denominator are the sum and the number of answers, n the answers. A programme has few partners (two in the pilot),
 * and answers of one organisation go together: an interval is given only from {@link #INTERVAL_MINIMUM_PARTNERS}
 * organisations on, with the organisation as cluster ({@link ClusteredRatio}).
 */
public final class PartnershipItems {
    /** The fewest partner organisations an interval is computed from. */
    public static final int INTERVAL_MINIMUM_PARTNERS = 4;

    private PartnershipItems() {}

    public static Dataset<Row> compute(Dataset<Row> partnerResponses, int minimumN) {
        List<Question> questions = InstrumentLoader.partner().questions();
        Dataset<Row> answers = null;
        for (Question question : questions) {
            Column answer = col(question.code());
            Column value = question.type() == QuestionType.YES_NO
                    ? when(answer, lit(1.0)).otherwise(lit(0.0))
                    : answer.cast("double");
            Dataset<Row> one = partnerResponses
                    .filter(answer.isNotNull())
                    .select(
                            col("programme_id"),
                            col("edition_id"),
                            col("wave"),
                            col("partner_id"),
                            lit(question.code()).as("item"),
                            value.as("value"));
            answers = answers == null ? one : answers.unionByName(one);
        }
        Column places = array(
                place(col("edition_id"), col("wave")),
                place(col("edition_id"), lit("")),
                place(lit(""), col("wave")),
                place(lit(""), lit("")));
        List<Row> sums = answers.select(
                        col("programme_id"),
                        col("partner_id"),
                        col("item"),
                        col("value"),
                        explode(places).as("at"))
                .groupBy(
                        col("programme_id"),
                        col("at.edition").as("edition_id"),
                        col("at.wave").as("wave"),
                        col("item"),
                        col("partner_id"))
                .agg(count(lit(1)).cast("double").as("x"), sum("value").as("y"))
                .groupBy("programme_id", "edition_id", "wave", "item")
                .agg(
                        count(lit(1)).as("partners"),
                        sum("x").as("answers"),
                        sum("y").as("sum"),
                        sum(col("y").multiply(col("y"))).as("squares"),
                        sum(col("x").multiply(col("y"))).as("cross"),
                        sum(col("x").multiply(col("x"))).as("answers_squared"))
                .collectAsList();
        List<Cell> cells = new ArrayList<>();
        for (Row row : sums) {
            cells.add(cell(row, questions));
        }
        return DriverCells.dataset(partnerResponses.sparkSession(), cells, minimumN);
    }

    private static Column place(Column edition, Column wave) {
        return struct(edition.as("edition"), wave.as("wave"));
    }

    private static Cell cell(Row row, List<Question> questions) {
        Cell.Place place =
                new Cell.Place(MetricCatalogue.PARTNERSHIP.id(), row.getString(0), row.getString(1), row.getString(2));
        String item = row.getString(3);
        ClusteredRatio ratio = new ClusteredRatio(
                row.getLong(4),
                row.getDouble(5),
                row.getDouble(6),
                row.getDouble(7),
                row.getDouble(8),
                row.getDouble(9));
        long answers = Math.round(ratio.answers());
        String key = new GroupKey.Item(item).text();
        boolean share = questions.stream()
                .anyMatch(question -> question.code().equals(item) && question.type() == QuestionType.YES_NO);
        Optional<Estimate> interval = ratio.clusters() < INTERVAL_MINIMUM_PARTNERS
                ? Optional.empty()
                : share ? Optional.of(ratio.share()) : ratio.mean();
        return interval.map(estimate -> place.value(
                        key,
                        ratio.sum(),
                        ratio.answers(),
                        answers,
                        estimate.value(),
                        share ? estimate.lower() : Math.max(1, estimate.lower()),
                        share ? estimate.upper() : Math.min(5, estimate.upper())))
                .orElseGet(() -> place.value(key, ratio.sum(), ratio.answers(), answers, ratio.ratio(), null, null));
    }
}
