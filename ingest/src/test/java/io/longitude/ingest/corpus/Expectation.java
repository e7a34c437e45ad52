package io.longitude.ingest.corpus;

import io.longitude.ingest.IngestErrorCode;

/**
 * What a malformed input must give: a quarantine row with this code and field, a typed rejection of the whole file
 * with this code, or (for inputs where both are honest answers, such as an unbalanced quote) either of them.
 */
record Expectation(Outcome outcome, IngestErrorCode code, String field) {
    enum Outcome {
        QUARANTINED,
        REJECTED,
        QUARANTINED_OR_REJECTED,
        ACCEPTED
    }

    static Expectation quarantined(IngestErrorCode code, String field) {
        return new Expectation(Outcome.QUARANTINED, code, field);
    }

    static Expectation rejected(IngestErrorCode code) {
        return new Expectation(Outcome.REJECTED, code, "");
    }

    static Expectation quarantinedOrRejected() {
        return new Expectation(Outcome.QUARANTINED_OR_REJECTED, null, "");
    }

    static Expectation accepted() {
        return new Expectation(Outcome.ACCEPTED, null, "");
    }
}
