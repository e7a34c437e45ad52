package io.longitude.ingest.mapping;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one survey tool's export of one form becomes canonical follow-up (or session feedback) rows (see {@code data/mappings/README.md}).
 *
 * @param name the mapping file, for messages
 * @param tool kobo, odk, limesurvey, qualtrics, redcap, google or surveymonkey
 * @param form the tool's form or survey identifier
 * @param format csv, xlsx, or odk-zip (ODK Central's submissions zip with its repeat tables)
 * @param encoding auto (BOM, else UTF-8), utf-8, utf-16 or windows-1252
 * @param separator the field separator, or null to sniff it
 * @param headerRows rows before the data
 * @param namesRow the header row (1-based) that holds the column names
 * @param padShortRows rows shorter than the header are padded with empty cells instead of quarantined (ODK Central 2019)
 * @param missing raw values that mean "no answer", e.g. {@code -99}, {@code [not completed]}
 * @param submissionId columns that identify a submission in the tool (joined with |)
 * @param fields canonical field (participant_id, edition_id, wave, submitted_at, or a question code) to its source
 */
public record Mapping(
        String name,
        String tool,
        String form,
        String instrument,
        int instrumentVersion,
        String format,
        String encoding,
        Character separator,
        int headerRows,
        int namesRow,
        boolean padShortRows,
        List<String> missing,
        List<String> submissionId,
        Map<String, ValueSource> fields) {
    public static final List<String> TOOLS =
            List.of("kobo", "odk", "limesurvey", "qualtrics", "redcap", "google", "surveymonkey");
    public static final List<String> KEY_FIELDS = List.of("participant_id", "edition_id", "wave", "submitted_at");
    /** The identity fields of a session feedback row: the session names its edition. */
    public static final List<String> FEEDBACK_KEY_FIELDS = List.of("participant_id", "session_id", "submitted_at");
    /** The instrument of session feedback, whose rows a mapping with this id gives. */
    public static final String SESSION_FEEDBACK = "session-feedback";

    public Mapping {
        Objects.requireNonNull(name, "name is null");
        missing = List.copyOf(missing);
        submissionId = List.copyOf(submissionId);
        fields = Map.copyOf(fields);
    }

    /** The fields every mapping of the instrument must say the source of. */
    public static List<String> keyFields(String instrument) {
        return instrument.equals(SESSION_FEEDBACK) ? FEEDBACK_KEY_FIELDS : KEY_FIELDS;
    }

    /** Whether the mapping gives session feedback rather than follow-ups. */
    public boolean sessionFeedback() {
        return instrument.equals(SESSION_FEEDBACK);
    }

    /** Every export column the mapping reads. */
    public List<String> columns() {
        return java.util.stream.Stream.concat(
                        submissionId.stream(), fields.values().stream().flatMap(source -> source.columns().stream()))
                .distinct()
                .toList();
    }
}
