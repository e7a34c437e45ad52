package io.longitude.ingest.validation;

import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.Question;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.core.privacy.Pseudonymizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Converts a row of a session feedback export into a row of {@code session_feedback}: the session must be known (it
 * names the edition) and the participant in that edition's roster, else the row waits for them; every answer is
 * checked against the instrument, and one that fails is set aside without the rest of the row.
 */
public final class FeedbackConverter implements RowConverter {
    private final Instrument instrument;
    private final References references;
    private final String sourceTool;

    /** A converter for rows written by {@code sourceTool} (canonical, or the tool of a mapping). */
    public FeedbackConverter(
            Instrument instrument, ReferenceData data, Pseudonymizer pseudonymizer, String sourceTool) {
        this.instrument = instrument;
        this.references = new References(data, pseudonymizer);
        this.sourceTool = sourceTool;
    }

    @Override
    public TableDefinition table() {
        return LakeTables.SESSION_FEEDBACK;
    }

    @Override
    public Map<String, Object> convert(Fields fields) throws RowRejection {
        String edition = references.session(fields);
        String programme = references.programme("session_id", edition);
        String participantKey = references.enrolled(fields, edition);
        Map<String, Object> row = new HashMap<>();
        row.put("participant_key", participantKey);
        row.put("programme_id", programme);
        row.put("edition_id", edition);
        row.put("session_id", fields.required("session_id"));
        row.put("instrument_id", instrument.id());
        row.put("instrument_version", instrument.version());
        row.put("submitted_at", ResponseRows.submittedAt(fields));
        row.put("source_tool", sourceTool);
        row.put("source_submission_id", fields.text("source_submission_id"));
        for (Question question : instrument.questions()) {
            row.put(question.code(), ResponseRows.answer(question, fields, ""));
        }
        return row;
    }
}
