package io.longitude.core.lake;

import static io.longitude.core.lake.Column.optional;
import static io.longitude.core.lake.Column.required;
import static io.longitude.core.lake.ColumnType.BOOLEAN;
import static io.longitude.core.lake.ColumnType.DATE;
import static io.longitude.core.lake.ColumnType.INT;
import static io.longitude.core.lake.ColumnType.LONG;
import static io.longitude.core.lake.ColumnType.STRING;
import static io.longitude.core.lake.ColumnType.TIE_LIST;
import static io.longitude.core.lake.ColumnType.TIMESTAMP;

import java.util.List;

/**
 * Every table of the lake, in one place. Each is a Delta table in the folder {@code <lake root>/<name>}.
 * The schema version is {@link #SCHEMA_VERSION}; {@code data/README.md} documents the layout.
 */
public final class LakeTables {
    /** Bumped whenever a column is added, removed or retyped. */
    public static final int SCHEMA_VERSION = 1;

    public static final TableDefinition EDITIONS = new TableDefinition(
            "editions",
            List.of(
                    required("programme_id", STRING),
                    required("edition_id", STRING),
                    required("number", INT),
                    required("start_date", DATE),
                    required("end_date", DATE),
                    optional("target_group", STRING),
                    optional("funder_id", STRING),
                    required("batch_id", STRING)),
            List.of(),
            List.of("edition_id"));

    public static final TableDefinition ENROLMENTS = new TableDefinition(
            "enrolments",
            List.of(
                    required("participant_key", STRING),
                    required("key_version", INT),
                    required("programme_id", STRING),
                    required("edition_id", STRING),
                    required("role", STRING),
                    optional("desk_id", STRING),
                    required("status", STRING),
                    optional("intake_date", DATE),
                    optional("sector", STRING),
                    optional("gender", STRING),
                    optional("age_band", STRING),
                    required("batch_id", STRING)),
            List.of(),
            List.of("participant_key", "edition_id"));

    public static final TableDefinition SESSIONS = new TableDefinition(
            "sessions",
            List.of(
                    required("session_id", STRING),
                    required("edition_id", STRING),
                    optional("date", DATE),
                    required("kind", STRING),
                    optional("theme", STRING),
                    required("batch_id", STRING)),
            List.of(),
            List.of("session_id"));

    public static final TableDefinition ATTENDANCE = new TableDefinition(
            "attendance",
            List.of(
                    required("session_id", STRING),
                    required("participant_key", STRING),
                    required("edition_id", STRING),
                    required("batch_id", STRING)),
            List.of(),
            List.of("session_id", "participant_key"));

    public static final TableDefinition ASSESSMENTS = new TableDefinition(
            "assessments",
            List.of(
                    required("participant_key", STRING),
                    required("edition_id", STRING),
                    required("wave", STRING),
                    required("sd_integration", INT),
                    optional("assessed_at", DATE),
                    required("batch_id", STRING)),
            List.of(),
            List.of("participant_key", "edition_id", "wave"));

    /**
     * One row per response, with one typed column per question of the instrument. The ties a respondent reports are
     * an array column, so that a whole follow-up file is committed in one transaction of one table.
     */
    public static final TableDefinition RESPONSES = new TableDefinition(
            "responses",
            List.of(
                    required("participant_key", STRING),
                    required("programme_id", STRING),
                    required("edition_id", STRING),
                    required("wave", STRING),
                    required("instrument_id", STRING),
                    required("instrument_version", INT),
                    optional("submitted_at", TIMESTAMP),
                    required("source_tool", STRING),
                    optional("source_submission_id", STRING),
                    required("batch_id", STRING),
                    optional("sd_awareness_1", INT),
                    optional("sd_awareness_2", INT),
                    optional("sd_awareness_3", INT),
                    optional("sd_awareness_4", INT),
                    optional("sd_awareness_5", INT),
                    optional("sd_integration", INT),
                    optional("sd_interest", INT),
                    optional("business_status", STRING),
                    optional("business_launch_date", DATE),
                    optional("business_stop_date", DATE),
                    optional("employees", INT),
                    optional("ties", TIE_LIST),
                    optional("new_contacts", INT),
                    optional("satisfaction", INT),
                    optional("good_practice_speaker", BOOLEAN)),
            List.of("wave"),
            List.of("participant_key", "edition_id", "wave"));

    /**
     * One row per answered staff questionnaire (instrument {@code staff}): a coach or manager of an edition at one of
     * its waves, with one INT column per item (Likert 1 to 5). Metric M14.
     */
    public static final TableDefinition STAFF_RESPONSES = new TableDefinition(
            "staff_responses",
            List.of(
                    required("participant_key", STRING),
                    required("programme_id", STRING),
                    required("edition_id", STRING),
                    required("wave", STRING),
                    required("instrument_id", STRING),
                    required("instrument_version", INT),
                    optional("submitted_at", TIMESTAMP),
                    optional("staff_sd_in_support", INT),
                    optional("staff_sd_confidence", INT),
                    optional("staff_sd_tools", INT),
                    optional("staff_sd_organisation", INT),
                    required("batch_id", STRING)),
            List.of("wave"),
            List.of("participant_key", "edition_id", "wave"));

    /**
     * One row per answered session feedback (instrument {@code session-feedback}): a participant's view of one session
     * of their edition, asked right after it. {@code feedback_intention} is the participant's free text, kept for the
     * organisers and the console and never used in a metric. Metric M16.
     */
    public static final TableDefinition SESSION_FEEDBACK = new TableDefinition(
            "session_feedback",
            List.of(
                    required("participant_key", STRING),
                    required("programme_id", STRING),
                    required("edition_id", STRING),
                    required("session_id", STRING),
                    required("instrument_id", STRING),
                    required("instrument_version", INT),
                    optional("submitted_at", TIMESTAMP),
                    required("source_tool", STRING),
                    optional("source_submission_id", STRING),
                    optional("feedback_usefulness", INT),
                    optional("feedback_clarity", INT),
                    optional("feedback_intention", STRING),
                    optional("feedback_recommend", BOOLEAN),
                    required("batch_id", STRING)),
            List.of(),
            List.of("participant_key", "session_id"));

    /**
     * The partner organisations of each programme and what each brings to it: {@code roles} holds one or more of
     * {@link #PARTNER_ROLES}, separated by {@code ;}. Organisations, not people: nothing here is pseudonymised.
     */
    public static final TableDefinition PARTNERS = new TableDefinition(
            "partners",
            List.of(
                    required("programme_id", STRING),
                    required("partner_id", STRING),
                    required("name", STRING),
                    required("roles", STRING),
                    required("batch_id", STRING)),
            List.of(),
            List.of("partner_id"));

    /** The roles a partner organisation can have in a programme. */
    public static final List<String> PARTNER_ROLES =
            List.of("operations", "contacts", "expertise", "communication", "funding");

    /**
     * One row per answered partner questionnaire (instrument {@code partner}): a partner organisation at one wave of
     * an edition, three Likert items (1 to 5) and whether it would partner again. Metric M17.
     */
    public static final TableDefinition PARTNER_RESPONSES = new TableDefinition(
            "partner_responses",
            List.of(
                    required("programme_id", STRING),
                    required("partner_id", STRING),
                    required("edition_id", STRING),
                    required("wave", STRING),
                    required("instrument_id", STRING),
                    required("instrument_version", INT),
                    optional("submitted_at", TIMESTAMP),
                    optional("partner_agreements", INT),
                    optional("partner_expertise", INT),
                    optional("partner_quality", INT),
                    optional("partner_again", BOOLEAN),
                    required("batch_id", STRING)),
            List.of(),
            List.of("partner_id", "edition_id", "wave"));

    /** One row per ingested file, keyed by the SHA-256 of its bytes. */
    public static final TableDefinition BATCHES = new TableDefinition(
            "batches",
            List.of(
                    required("batch_id", STRING),
                    required("file_name", STRING),
                    required("file_kind", STRING),
                    required("source_tool", STRING),
                    required("rows_read", LONG),
                    required("rows_accepted", LONG),
                    required("rows_quarantined", LONG),
                    required("status", STRING),
                    required("ingested_at", TIMESTAMP)),
            List.of(),
            List.of("batch_id"));

    /**
     * The session summaries managers write in the dashboard (Markdown with tips, one per language), append-only: each
     * save adds a version with its author and time, the latest per session and language is the one shown. Written by
     * ingest's {@code SessionSummaries}, not from files, so not one of {@link #ALL} (the tables ingest loads).
     */
    public static final TableDefinition SESSION_SUMMARIES = new TableDefinition(
            "session_summaries",
            List.of(
                    required("programme_id", STRING),
                    required("edition_id", STRING),
                    required("session_id", STRING),
                    required("language", STRING),
                    required("markdown", STRING),
                    required("author", STRING),
                    required("written_at", TIMESTAMP)),
            List.of(),
            List.of("session_id", "language", "written_at"));

    /**
     * Which editions a manager has published on the public pages, append-only: each publish or unpublish adds a row with
     * who and when; the latest row per edition says whether it is public now. Written by ingest's {@code Publications},
     * not from files, so not one of {@link #ALL}.
     */
    public static final TableDefinition PUBLICATIONS = new TableDefinition(
            "publications",
            List.of(
                    required("programme_id", STRING),
                    required("edition_id", STRING),
                    required("published", BOOLEAN),
                    required("changed_by", STRING),
                    required("changed_at", TIMESTAMP)),
            List.of(),
            List.of("edition_id", "changed_at"));

    public static final List<TableDefinition> ALL = List.of(
            EDITIONS,
            ENROLMENTS,
            SESSIONS,
            ATTENDANCE,
            ASSESSMENTS,
            RESPONSES,
            STAFF_RESPONSES,
            SESSION_FEEDBACK,
            PARTNERS,
            PARTNER_RESPONSES,
            BATCHES);

    private LakeTables() {}

    /** The table with this name. */
    public static TableDefinition named(String name) {
        return ALL.stream()
                .filter(table -> table.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot find lake table: " + name));
    }
}
