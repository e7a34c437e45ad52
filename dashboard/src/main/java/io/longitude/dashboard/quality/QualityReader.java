package io.longitude.dashboard.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import io.longitude.core.domain.Wave;
import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.core.instrument.Question;
import io.longitude.core.instrument.QuestionType;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.network.LakeReads;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.dashboard.system.VersionedCache;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.springframework.stereotype.Component;

/**
 * Builds a programme's {@link QualityReport} from what the lake and the quarantine folder hold. A batch belongs to a
 * programme when any lake table has a row of that programme with its batch id (rows of sessions, attendance and
 * assessments through their edition). Lake figures are kept per programme until a table gets a new Delta version;
 * the quarantine folder is read on each request, since ingest writes it beside the lake.
 */
@Component
public class QualityReader {
    /**
     * Days after a wave's planned date in which its responses are expected. The lake records the planned date only
     * ({@code Wave.plannedDate}); the generator and the programmes we know collect within three weeks of it.
     */
    public static final int WINDOW_DAYS = 30;

    private static final List<TableDefinition> TABLES = List.of(
            LakeTables.EDITIONS,
            LakeTables.ENROLMENTS,
            LakeTables.SESSIONS,
            LakeTables.ATTENDANCE,
            LakeTables.ASSESSMENTS,
            LakeTables.RESPONSES,
            LakeTables.STAFF_RESPONSES,
            LakeTables.SESSION_FEEDBACK,
            LakeTables.PARTNERS,
            LakeTables.PARTNER_RESPONSES,
            LakeTables.BATCHES);

    private final LakeReads lake;
    private final Path quarantine;
    private final Instrument instrument = InstrumentLoader.followup();
    private final VersionedCache<String, Lake> cache = new VersionedCache<>(1_000);

    public QualityReader(LakeReads lake, LongitudeProperties properties) {
        this.lake = lake;
        this.quarantine = Path.of(properties.quarantine());
    }

    /** What the lake says of a programme; the report adds the quarantine folder. */
    private record Lake(
            List<Row> batches,
            long unattributed,
            List<String> waves,
            Map<String, long[]> blanks,
            Map<String, Long> responses,
            List<Row> windows) {}

    public QualityReport report(String programmeId, List<EditionSummary> editions, Locale locale) {
        List<Long> versions = lake.versions(TABLES);
        Lake figures = cache.get(programmeId, versions, () -> read(programmeId, versions));
        Map<String, String> fileNames = new HashMap<>();
        figures.batches()
                .forEach(row -> fileNames.put(row.<String>getAs("batch_id").substring(0, 12), row.getAs("file_name")));
        Set<String> editionIds = new java.util.HashSet<>();
        editions.forEach(edition -> editionIds.add(edition.editionId()));
        QuarantineFiles.Counted quarantined = QuarantineFiles.count(quarantine, fileNames, editionIds);
        List<BatchLine> batches = figures.batches().stream()
                .map(row -> {
                    String prefix = row.<String>getAs("batch_id").substring(0, 12);
                    QuarantineFiles.PerBatch counted = quarantined.of(prefix);
                    return new BatchLine(
                            prefix,
                            row.getAs("file_name"),
                            row.getAs("file_kind"),
                            row.getAs("source_tool"),
                            row.<Timestamp>getAs("ingested_at").toInstant(),
                            row.<Long>getAs("rows_read"),
                            row.<Long>getAs("rows_accepted"),
                            row.<Long>getAs("rows_quarantined"),
                            row.getAs("status"),
                            counted.rowLines,
                            counted.withAnswers,
                            counted.pending,
                            counted.acceptedOnRetry);
                })
                .toList();
        return new QualityReport(
                batches,
                quarantined.lines(),
                figures.waves(),
                missingness(figures, locale),
                windows(figures.windows(), editions),
                figures.unattributed(),
                quarantined.pending());
    }

    private Lake read(String programmeId, List<Long> versions) {
        Map<TableDefinition, Dataset<Row>> tables = new LinkedHashMap<>();
        for (int i = 0; i < TABLES.size(); i++) {
            tables.put(TABLES.get(i), lake.read(TABLES.get(i), versions.get(i)));
        }
        Dataset<Row> editions = tables.get(LakeTables.EDITIONS);
        Dataset<Row> owners = editions.select("programme_id", "batch_id")
                .union(tables.get(LakeTables.ENROLMENTS).select("programme_id", "batch_id"))
                .union(tables.get(LakeTables.RESPONSES).select("programme_id", "batch_id"))
                .union(tables.get(LakeTables.STAFF_RESPONSES).select("programme_id", "batch_id"))
                .union(tables.get(LakeTables.SESSION_FEEDBACK).select("programme_id", "batch_id"))
                .union(tables.get(LakeTables.PARTNERS).select("programme_id", "batch_id"))
                .union(tables.get(LakeTables.PARTNER_RESPONSES).select("programme_id", "batch_id"));
        for (TableDefinition byEdition : List.of(LakeTables.SESSIONS, LakeTables.ATTENDANCE, LakeTables.ASSESSMENTS)) {
            owners = owners.union(tables.get(byEdition)
                    .select("edition_id", "batch_id")
                    .join(editions.select("edition_id", "programme_id"), "edition_id")
                    .select("programme_id", "batch_id"));
        }
        owners = owners.distinct().localCheckpoint();
        Dataset<Row> batchTable = tables.get(LakeTables.BATCHES);
        List<Row> batches = batchTable
                .join(
                        owners.filter(col("programme_id").equalTo(lit(programmeId)))
                                .select("batch_id")
                                .distinct(),
                        "batch_id")
                .orderBy(col("ingested_at"), col("file_name"))
                .collectAsList();
        long unattributed = batchTable
                .join(owners.select("batch_id").distinct(), new String[] {"batch_id"}, "left_anti")
                .count();

        Dataset<Row> responses = tables.get(LakeTables.RESPONSES)
                .filter(col("programme_id")
                        .equalTo(lit(programmeId))
                        .and(col("instrument_id").equalTo(lit(instrument.id()))));
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(count(lit(1)).as("responses"));
        for (Question question : instrument.questions()) {
            Column blank = question.type() == QuestionType.TIES
                    ? col(question.code())
                            .isNull()
                            .or(size(col(question.code())).equalTo(0))
                    : col(question.code()).isNull();
            aggregates.add(sum(when(blank, 1L).otherwise(0L)).as("blank_" + question.code()));
        }
        Map<String, long[]> blanks = new HashMap<>();
        Map<String, Long> responseCounts = new HashMap<>();
        Set<String> waves =
                new TreeSet<>(Comparator.comparingInt(QualityReader::waveOrder).thenComparing(wave -> wave));
        for (Row row : responses
                .groupBy("wave")
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
                .collectAsList()) {
            String wave = row.getString(0);
            waves.add(wave);
            responseCounts.put(wave, row.getLong(1));
            long[] counts = new long[instrument.questions().size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = row.getLong(2 + i);
            }
            blanks.put(wave, counts);
        }
        List<Row> windows = responses
                .groupBy("edition_id", "wave")
                .agg(
                        count(lit(1)).as("responses"),
                        min(to_date(col("submitted_at"))).as("first"),
                        max(to_date(col("submitted_at"))).as("last"))
                .collectAsList();
        List<Row> dates = responses
                .select(
                        col("edition_id"),
                        col("wave"),
                        to_date(col("submitted_at")).as("date"))
                .groupBy("edition_id", "wave", "date")
                .agg(count(lit(1)).as("responses"))
                .collectAsList();
        List<Row> windowRows = new ArrayList<>(windows);
        windowRows.addAll(dates);
        return new Lake(batches, unattributed, List.copyOf(waves), blanks, responseCounts, windowRows);
    }

    private List<MissingLine> missingness(Lake figures, Locale locale) {
        List<MissingLine> lines = new ArrayList<>();
        List<Question> questions = instrument.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            List<MissingLine.Cell> cells = new ArrayList<>();
            for (String wave : figures.waves()) {
                long responses = figures.responses().getOrDefault(wave, 0L);
                cells.add(
                        question.askedIn(wave)
                                ? new MissingLine.Cell(
                                        wave, true, figures.blanks().get(wave)[i], responses)
                                : new MissingLine.Cell(wave, false, 0, responses));
            }
            lines.add(new MissingLine(question.code(), question.labels().in(locale), cells));
        }
        return lines;
    }

    /** Window rows have five columns (edition, wave, responses, first, last); date rows three plus a count. */
    private static List<WindowLine> windows(List<Row> rows, List<EditionSummary> editions) {
        Map<String, EditionSummary> byId = new HashMap<>();
        editions.forEach(edition -> byId.put(edition.editionId(), edition));
        List<WindowLine> lines = new ArrayList<>();
        for (Row row : rows.stream().filter(row -> row.size() == 5).toList()) {
            String editionId = row.getString(0);
            String wave = row.getString(1);
            EditionSummary edition = byId.get(editionId);
            LocalDate planned = edition != null && Wave.isStandard(wave)
                    ? Wave.of(wave).plannedDate(edition.startDate(), edition.endDate())
                    : null;
            LocalDate windowEnd = planned == null ? null : planned.plusDays(WINDOW_DAYS);
            long outside = 0;
            if (planned != null) {
                for (Row date : rows.stream()
                        .filter(other -> other.size() == 4
                                && other.getString(0).equals(editionId)
                                && other.getString(1).equals(wave)
                                && !other.isNullAt(2))
                        .toList()) {
                    LocalDate day = date.<Date>getAs(2).toLocalDate();
                    if (day.isBefore(planned) || day.isAfter(windowEnd)) {
                        outside += date.getLong(3);
                    }
                }
            }
            lines.add(new WindowLine(
                    editionId, wave, planned, windowEnd, date(row, 3), date(row, 4), row.getLong(2), outside));
        }
        lines.sort(Comparator.comparing(WindowLine::editionId).thenComparingInt(line -> waveOrder(line.wave())));
        return lines;
    }

    private static LocalDate date(Row row, int index) {
        return row.isNullAt(index) ? null : row.<Date>getAs(index).toLocalDate();
    }

    private static int waveOrder(String wave) {
        try {
            return Integer.parseInt(wave.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
