package io.longitude.ingest.validation;

import io.longitude.core.domain.Wave;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.IngestErrorCode;

/** Checks and pseudonymises the identifiers of a row against the reference data. */
final class References {
    private final ReferenceData data;
    private final Pseudonymizer pseudonymizer;

    References(ReferenceData data, Pseudonymizer pseudonymizer) {
        this.data = data;
        this.pseudonymizer = pseudonymizer;
    }

    String programme(String editionColumn, String editionId) throws RowRejection {
        String programme = data.programmeByEdition().get(editionId);
        if (programme == null) {
            throw new RowRejection(IngestErrorCode.UNKNOWN_REFERENCE, editionColumn, editionId, "unknown edition");
        }
        return programme;
    }

    /** The pseudonym of a participant enrolled in the edition; the source identifier never leaves this method. */
    String enrolled(Fields fields, String editionId) throws RowRejection {
        String key = pseudonymizer.pseudonym(fields.required("participant_id"));
        if (!data.enrolled(key, editionId)) {
            throw new RowRejection(
                    IngestErrorCode.UNKNOWN_REFERENCE,
                    "participant_id",
                    fields.text("participant_id"),
                    "participant is not in the roster of edition " + editionId);
        }
        return key;
    }

    String known(String column, String sourceId) throws RowRejection {
        String key = pseudonymizer.pseudonym(sourceId);
        if (!data.participants().contains(key)) {
            throw new RowRejection(
                    IngestErrorCode.UNKNOWN_REFERENCE, column, sourceId, "participant is not in any roster");
        }
        return key;
    }

    String session(Fields fields) throws RowRejection {
        String sessionId = fields.required("session_id");
        String edition = data.editionBySession().get(sessionId);
        if (edition == null) {
            throw new RowRejection(IngestErrorCode.UNKNOWN_REFERENCE, "session_id", sessionId, "unknown session");
        }
        return edition;
    }

    static String wave(Fields fields) throws RowRejection {
        String wave = fields.required("wave");
        if (!Wave.isStandard(wave)) {
            throw new RowRejection(
                    IngestErrorCode.UNKNOWN_WAVE, "wave", wave, "the edition has no such wave (W0 to W4)");
        }
        return wave;
    }

    Pseudonymizer pseudonymizer() {
        return pseudonymizer;
    }
}
