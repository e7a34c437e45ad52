package io.longitude.ingest.validation;

import io.longitude.core.domain.Role;
import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.Question;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.IngestErrorCode;
import java.util.Map;
import java.util.Set;

/**
 * Converts a row of a canonical staff follow-up export into a row of {@code staff_responses}: the respondent must be
 * in the edition's roster as a coach or a manager, and every item is checked against the staff questionnaire.
 */
public final class StaffConverter implements RowConverter {
    /** The roles that answer the staff questionnaire. */
    public static final Set<String> STAFF_ROLES = Set.of(Role.COACH.code(), Role.MANAGER.code());

    private final Instrument instrument;
    private final ReferenceData data;
    private final References references;

    public StaffConverter(Instrument instrument, ReferenceData data, Pseudonymizer pseudonymizer) {
        this.instrument = instrument;
        this.data = data;
        this.references = new References(data, pseudonymizer);
    }

    @Override
    public TableDefinition table() {
        return LakeTables.STAFF_RESPONSES;
    }

    @Override
    public Map<String, Object> convert(Fields fields) throws RowRejection {
        String edition = fields.required("edition_id");
        String programme = references.programme("edition_id", edition);
        String wave = References.wave(fields);
        String participantKey = references.enrolled(fields, edition);
        String role = data.role(participantKey, edition);
        if (role == null || !STAFF_ROLES.contains(role)) {
            throw new RowRejection(
                    role == null ? IngestErrorCode.UNKNOWN_REFERENCE : IngestErrorCode.INVALID_VALUE,
                    "participant_id",
                    fields.text("participant_id"),
                    "participant is not a coach or manager of edition " + edition
                            + (role == null ? "" : " (role " + role + ")"));
        }
        Map<String, Object> row = ResponseRows.row(participantKey, programme, edition, wave, instrument, fields);
        for (Question question : instrument.questions()) {
            row.put(question.code(), ResponseRows.answer(question, fields, wave));
        }
        return row;
    }
}
