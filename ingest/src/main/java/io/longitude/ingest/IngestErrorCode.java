package io.longitude.ingest;

/** Why a row or a file was rejected. Row problems go to quarantine; file problems stop that file. */
public enum IngestErrorCode {
    /** The file cannot be read at all: missing, not text, or not CSV. */
    UNREADABLE_FILE,
    /** The header matches no known export format. */
    UNKNOWN_FORMAT,
    /** A row has too few or too many fields. */
    MALFORMED_ROW,
    /** A required field is empty. */
    MISSING_VALUE,
    /** A value does not fit its column or question. */
    INVALID_VALUE,
    /** The participant, edition or session is not in the rosters. */
    UNKNOWN_REFERENCE,
    /** The wave is not a wave of the edition. */
    UNKNOWN_WAVE,
    /** The row repeats the natural key of an earlier row of the same file. */
    DUPLICATE_ROW,
    /** The row belongs to a programme (or names an edition or session) outside the writer's programmes. */
    OUT_OF_SCOPE,
    /** Other writers kept winning the races to commit the file, or Delta reported a conflict retrying cannot fix. */
    WRITE_CONFLICT
}
