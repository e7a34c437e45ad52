package io.longitude.ingest.generate;

import java.util.List;

/** The headers of the canonical files (data/instruments/README.md, "Canonical files"). */
public final class CanonicalColumns {
    public static final List<String> EDITIONS =
            List.of("programme_id", "edition_id", "number", "start_date", "end_date", "target_group", "funder_id");
    public static final List<String> PARTICIPANTS = List.of(
            "participant_id",
            "name",
            "email",
            "phone",
            "programme_id",
            "edition_id",
            "role",
            "desk_id",
            "status",
            "intake_date",
            "sector",
            "gender",
            "age_band");
    public static final List<String> SESSIONS = List.of("session_id", "edition_id", "date", "kind", "theme");
    public static final List<String> ATTENDANCE = List.of("session_id", "participant_id");
    public static final List<String> ASSESSMENTS =
            List.of("participant_id", "edition_id", "wave", "sd_integration", "assessed_at");
    /** The fixed columns of a follow-up export; one column per question code of the instrument follows. */
    public static final List<String> FOLLOWUP_KEYS = List.of("participant_id", "edition_id", "wave", "submitted_at");

    /** The fixed columns of a session feedback export; one column per question of the instrument follows. */
    public static final List<String> FEEDBACK_KEYS = List.of("participant_id", "session_id", "submitted_at");

    /** The partner organisations of a programme; roles separated by {@code ;}. */
    public static final List<String> PARTNERS = List.of("programme_id", "partner_id", "name", "roles");
    /** The fixed columns of a partner questionnaire export; one column per item of the instrument follows. */
    public static final List<String> PARTNER_KEYS = List.of("partner_id", "edition_id", "wave", "submitted_at");

    private CanonicalColumns() {}
}
