package io.longitude.ingest.validation;

import java.util.Locale;

/** What became of a quarantine line's row or answer; written to the quarantine log in lower case. */
public enum Outcome {
    /** The row is rejected whole: its identity failed, or it repeats another row. */
    REJECTED,
    /** The row waits for a reference (participant, edition or session) a later file may bring; it is retried then. */
    PENDING,
    /** The row is accepted; this answer (or this element of a list answer) is set missing and kept here. */
    ANSWER,
    /** The row and the answer are accepted; the line says how a value was read (a date-time in a date field, a synonym). */
    NOTE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome of a quarantine line's code, {@link #REJECTED} for logs written before outcomes existed. */
    public static Outcome ofCode(String code) {
        for (Outcome outcome : values()) {
            if (outcome.code().equals(code)) {
                return outcome;
            }
        }
        return REJECTED;
    }

    /** True when the whole row is out of the lake (for now). */
    public boolean rowLevel() {
        return this == REJECTED || this == PENDING;
    }
}
