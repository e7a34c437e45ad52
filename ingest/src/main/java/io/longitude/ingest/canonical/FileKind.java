package io.longitude.ingest.canonical;

import io.longitude.core.instrument.Instrument;
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
    PARTICIPANTS(CanonicalColumns.PARTICIPANTS, List.of("participant_id", "edition_id", "role", "status")),
    SESSIONS(CanonicalColumns.SESSIONS, List.of("session_id", "edition_id", "kind")),
    ATTENDANCE(CanonicalColumns.ATTENDANCE, List.of("session_id", "participant_id")),
    ASSESSMENTS(CanonicalColumns.ASSESSMENTS, List.of("participant_id", "edition_id", "wave", "sd_integration", "assessed_at")),
    FOLLOWUP(CanonicalColumns.FOLLOWUP_KEYS, List.of("participant_id", "edition_id", "wave", "submitted_at"));

    private final List<String> columns;
    private final List<String> required;

    FileKind(List<String> columns, List<String> required) {
        this.columns = columns;
        this.required = required;
    }

    /** The kind whose required columns the header has, most specific first. */
    public static Optional<FileKind> recognise(Set<String> header) {
        for (FileKind kind : List.of(FOLLOWUP, ASSESSMENTS, PARTICIPANTS, ATTENDANCE, SESSIONS, EDITIONS)) {
            if (header.containsAll(kind.required)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The columns a file of this kind may have; a follow-up export adds the instrument's question codes. */
    public List<String> allowedColumns(Instrument instrument) {
        List<String> allowed = new ArrayList<>(columns);
        if (this == FOLLOWUP) {
            allowed.addAll(instrument.codes());
        }
        return allowed;
    }

    public List<String> requiredColumns() {
        return required;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
