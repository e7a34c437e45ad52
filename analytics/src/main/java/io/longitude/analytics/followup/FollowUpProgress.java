package io.longitude.analytics.followup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.longitude.analytics.EnrolledCandidates;
import io.longitude.core.domain.Wave;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Follow-up tracking for a programme manager: per wave of an edition, when it is planned, how many of its enrolled
 * candidates have answered so far, and how many had answered in each earlier edition of the programme by the same
 * number of days after that edition's planned date; and which candidates have not answered a wave yet (their keys, for
 * the manager to match against their own roster). Counts only; the lake's tables as they are, no metric table.
 */
public final class FollowUpProgress {
    /** How long a wave stays open from its planned date: the reminders of a survey tool fit in eight weeks. */
    public static final int WINDOW_DAYS = 56;

    private FollowUpProgress() {}

    /**
     * One wave of the edition.
     *
     * @param wave the wave code, {@code W2}
     * @param planned the planned date: the edition's start for intake, its end plus the wave's months after
     * @param daysOpen days from the planned date to today; negative when the wave is still to come
     * @param enrolled the edition's enrolled candidates (enrolled, completed or dropped)
     * @param answered of those, who have answered the wave so far
     * @param earlier each earlier edition of the programme at the same point: by {@code daysOpen} days after its own
     *     planned date
     */
    public record WaveProgress(
            String wave, LocalDate planned, long daysOpen, long enrolled, long answered, List<Earlier> earlier) {
        public WaveProgress {
            earlier = List.copyOf(earlier);
        }

        /** The last day of the wave's window ({@link #WINDOW_DAYS} from the planned date). */
        public LocalDate closes() {
            return planned.plusDays(WINDOW_DAYS - 1L);
        }

        /** {@code coming} before the planned date, {@code open} within the window, {@code closed} after it. */
        public String state() {
            return daysOpen < 0 ? "coming" : daysOpen < WINDOW_DAYS ? "open" : "closed";
        }

        /** answered / enrolled, NaN without enrolled candidates. */
        public double share() {
            return enrolled == 0 ? Double.NaN : (double) answered / enrolled;
        }
    }

    /**
     * An earlier edition at the same point of the same wave.
     *
     * @param editionId the edition
     * @param number its number in the programme
     * @param enrolled its enrolled candidates
     * @param answered of those, who had answered by the same number of days after its planned date
     */
    public record Earlier(String editionId, int number, long enrolled, long answered) {
        public double share() {
            return enrolled == 0 ? Double.NaN : (double) answered / enrolled;
        }
    }

    /**
     * The progress of every standard wave of one edition on {@code today}.
     *
     * @param editions the lake's editions table
     * @param enrolments the lake's enrolments table
     * @param responses the lake's responses table
     * @throws IllegalArgumentException when the edition is not in the editions table
     */
    public static List<WaveProgress> of(
            Dataset<Row> editions, Dataset<Row> enrolments, Dataset<Row> responses, String editionId, LocalDate today) {
        List<Row> all = editions.select("programme_id", "edition_id", "number", "start_date", "end_date")
                .collectAsList();
        Row edition = all.stream()
                .filter(row -> row.getString(1).equals(editionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot track follow-up, no edition " + editionId));
        List<Row> earlierEditions = all.stream()
                .filter(row -> row.getString(0).equals(edition.getString(0)) && row.getInt(2) < edition.getInt(2))
                .sorted(java.util.Comparator.comparingInt((Row row) -> row.getInt(2)))
                .toList();
        List<String> ids = new ArrayList<>();
        ids.add(editionId);
        earlierEditions.forEach(row -> ids.add(row.getString(1)));
        Dataset<Row> enrolled = enrolments
                .filter(EnrolledCandidates.condition().and(col("edition_id").isin(ids.toArray())))
                .select("edition_id", "participant_key");
        Map<String, Long> enrolledBy = new HashMap<>();
        enrolled.groupBy("edition_id")
                .count()
                .collectAsList()
                .forEach(row -> enrolledBy.put(row.getString(0), row.getLong(1)));
        // First answer of each enrolled candidate per edition and wave.
        List<Row> answers = responses
                .select("edition_id", "participant_key", "wave", "submitted_at")
                .join(enrolled, new String[] {"edition_id", "participant_key"})
                .groupBy("edition_id", "participant_key", "wave")
                .agg(org.apache.spark.sql.functions.min("submitted_at").as("first"))
                .select("edition_id", "wave", "first")
                .collectAsList();
        List<WaveProgress> waves = new ArrayList<>();
        for (Wave wave : Wave.STANDARD) {
            LocalDate planned = planned(wave, edition);
            long daysOpen = ChronoUnit.DAYS.between(planned, today);
            long answered = answers.stream()
                    .filter(row -> row.getString(0).equals(editionId)
                            && row.getString(1).equals(wave.code()))
                    .count();
            List<Earlier> earlier = new ArrayList<>();
            for (Row other : earlierEditions) {
                LocalDate cutoff = planned(wave, other).plusDays(Math.max(daysOpen, 0));
                long by = answers.stream()
                        .filter(row -> row.getString(0).equals(other.getString(1))
                                && row.getString(1).equals(wave.code())
                                && answeredBy(row.getTimestamp(2), cutoff))
                        .count();
                earlier.add(new Earlier(
                        other.getString(1), other.getInt(2), enrolledBy.getOrDefault(other.getString(1), 0L), by));
            }
            waves.add(new WaveProgress(
                    wave.code(), planned, daysOpen, enrolledBy.getOrDefault(editionId, 0L), answered, earlier));
        }
        return waves;
    }

    /** The participant keys of the edition's enrolled candidates who have not answered the wave. */
    public static List<String> notAnswered(
            Dataset<Row> enrolments, Dataset<Row> responses, String editionId, String wave) {
        Dataset<Row> enrolled = enrolments
                .filter(EnrolledCandidates.condition().and(col("edition_id").equalTo(lit(editionId))))
                .select("participant_key");
        Dataset<Row> answered = responses
                .filter(col("edition_id")
                        .equalTo(lit(editionId))
                        .and(col("wave").equalTo(lit(wave))))
                .select("participant_key");
        return enrolled
                .join(answered, new String[] {"participant_key"}, "left_anti")
                .distinct()
                .collectAsList()
                .stream()
                .map(row -> row.getString(0))
                .sorted()
                .toList();
    }

    private static LocalDate planned(Wave wave, Row edition) {
        return wave.plannedDate(
                edition.getDate(3).toLocalDate(), edition.getDate(4).toLocalDate());
    }

    /** An answer without a time counts as given (it is in the lake); otherwise on or before the cutoff day (UTC). */
    private static boolean answeredBy(Timestamp first, LocalDate cutoff) {
        return first == null
                || !first.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().isAfter(cutoff);
    }
}
