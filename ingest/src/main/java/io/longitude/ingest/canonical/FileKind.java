package io.longitude.ingest.canonical;

import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.ingest.generate.CanonicalColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical files, in the order they must be ingested: each checks its rows against the ones before it.
 * A file's kind is recognised from its header.
 */
public enum FileKind {
    EDITIONS(CanonicalColumns.EDITIONS, List.of("edition_id", "number", "start_date", "end_date")),
    /** The partner organisations of a programme with their roles. */
    PARTNERS(CanonicalColumns.PARTNERS, List.of("programme_id", "partner_id", "name", "roles")),
    PARTICIPANTS(CanonicalColumns.PARTICIPANTS, List.of("participant_id", "edition_id", "role", "status")),
    SESSIONS(CanonicalColumns.SESSIONS, List.of("session_id", "edition_id", "kind")),
    ATTENDANCE(CanonicalColumns.ATTENDANCE, List.of("session_id", "participant_id")),
    ASSESSMENTS(
            CanonicalColumns.ASSESSMENTS,
            List.of("participant_id", "edition_id", "wave", "sd_integration", "assessed_at")),
    FOLLOWUP(CanonicalColumns.FOLLOWUP_KEYS, List.of("participant_id", "edition_id", "wave", "submitted_at")),
    /** The staff questionnaire of coaches and managers: the follow-up keys, then {@code staff_} item columns. */
    STAFF_FOLLOWUP(CanonicalColumns.FOLLOWUP_KEYS, List.of("participant_id", "edition_id", "wave", "submitted_at")),
    /** A participant's feedback on one session (instrument {@code session-feedback}): the session names the edition. */
    SESSION_FEEDBACK(CanonicalColumns.FEEDBACK_KEYS, List.of("participant_id", "session_id", "submitted_at")),
    /** A partner organisation's questionnaire at a wave of an edition (instrument {@code partner}). */
    PARTNER_FOLLOWUP(CanonicalColumns.PARTNER_KEYS, List.of("partner_id", "edition_id", "wave", "submitted_at"));

    /** The prefix of every item code of the staff questionnaire. */
    public static final String STAFF_ITEM_PREFIX = "staff_";

    private final List<String> columns;
    private final List<String> required;

    FileKind(List<String> columns, List<String> required) {
        this.columns = columns;
        this.required = required;
    }

    /**
     * The kind whose required columns the header has, most specific first. A follow-up header with {@code staff_}
     * item columns and no question column of the follow-up instrument is a staff follow-up.
     */
    public static Optional<FileKind> recognise(Set<String> header) {
        for (FileKind kind : List.of(
                PARTNER_FOLLOWUP,
                PARTNERS,
                FOLLOWUP,
                ASSESSMENTS,
                PARTICIPANTS,
                SESSION_FEEDBACK,
                ATTENDANCE,
                SESSIONS,
                EDITIONS)) {
            if (header.containsAll(kind.required)) {
                return Optional.of(kind == FOLLOWUP && staffHeader(header) ? STAFF_FOLLOWUP : kind);
            }
        }
        return Optional.empty();
    }

    private static boolean staffHeader(Set<String> header) {
        List<String> followupCodes = FollowupCodes.CODES;
        return header.stream().anyMatch(name -> name.startsWith(STAFF_ITEM_PREFIX))
                && header.stream().noneMatch(followupCodes::contains);
    }

    /**
     * The columns a file of this kind may have; a follow-up export adds the instrument's question codes, a staff
     * follow-up the items of the staff questionnaire.
     */
    public List<String> allowedColumns(Instrument instrument) {
        List<String> allowed = new ArrayList<>(columns);
        if (this == FOLLOWUP) {
            allowed.addAll(instrument.codes());
        } else if (this == STAFF_FOLLOWUP) {
            allowed.addAll(StaffCodes.CODES);
        } else if (this == SESSION_FEEDBACK) {
            allowed.addAll(FeedbackCodes.CODES);
        } else if (this == PARTNER_FOLLOWUP) {
            allowed.addAll(PartnerCodes.CODES);
        }
        return allowed;
    }

    public List<String> requiredColumns() {
        return required;
    }

    /** {@code followup}, {@code staff-followup}, ... as reports and the batches table name the kind. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The question codes of the canonical follow-up instrument, read once. */
    private static final class FollowupCodes {
        static final List<String> CODES = InstrumentLoader.followup().codes();
    }

    /** The item codes of the partner questionnaire, read once. */
    private static final class PartnerCodes {
        static final List<String> CODES = InstrumentLoader.partner().codes();
    }

    /** The question codes of the session feedback, read once. */
    private static final class FeedbackCodes {
        static final List<String> CODES = InstrumentLoader.sessionFeedback().codes();
    }

    /** The item codes of the staff questionnaire, read once. */
    private static final class StaffCodes {
        static final List<String> CODES = InstrumentLoader.staff().codes();
    }
}
