package io.longitude.ingest.validation;

import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.NamedTie;
import io.longitude.core.instrument.Question;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.IngestErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts a row of a canonical follow-up export into a response, checked against the instrument and rosters. The row
 * is rejected when its identity fails (participant, edition, wave, submission time); an answer that fails is set aside.
 */
public final class FollowupConverter implements RowConverter {
    /** The source tool recorded for canonical files. */
    public static final String CANONICAL = "canonical";

    private final Instrument instrument;
    private final References references;
    private final String sourceTool;

    /** A converter for rows written by {@code sourceTool} ({@link #CANONICAL}, or the tool of a mapping). */
    public FollowupConverter(
            Instrument instrument, ReferenceData data, Pseudonymizer pseudonymizer, String sourceTool) {
        this.instrument = instrument;
        this.references = new References(data, pseudonymizer);
        this.sourceTool = sourceTool;
    }

    @Override
    public TableDefinition table() {
        return LakeTables.RESPONSES;
    }

    @Override
    public Map<String, Object> convert(Fields fields) throws RowRejection {
        String edition = fields.required("edition_id");
        String programme = references.programme("edition_id", edition);
        String wave = References.wave(fields);
        String participantKey = references.enrolled(fields, edition);
        Map<String, Object> row = ResponseRows.row(participantKey, programme, edition, wave, instrument, fields);
        row.put("source_tool", sourceTool);
        row.put("source_submission_id", fields.text("source_submission_id"));
        for (Question question : instrument.questions()) {
            Object value = ResponseRows.answer(question, fields, wave);
            row.put(question.code(), value instanceof List<?> ties ? ties(fields, participantKey, ties) : value);
        }
        return row;
    }

    /** The named ties of known participants; an entry naming someone unknown, or the respondent, is set aside. */
    private List<Map<String, Object>> ties(Fields fields, String participantKey, List<?> named) {
        List<Map<String, Object>> ties = new ArrayList<>();
        for (Object entry : named) {
            NamedTie tie = (NamedTie) entry;
            String written = tie.participantId() + ":" + tie.kind().code();
            try {
                String other = references.known("ties", tie.participantId());
                if (other.equals(participantKey)) {
                    throw new RowRejection(
                            IngestErrorCode.INVALID_VALUE, "ties", written, "a participant cannot name themself");
                }
                ties.add(Map.of("participant_key", other, "kind", tie.kind().code()));
            } catch (RowRejection rejection) {
                fields.setAside(new RowRejection(rejection.code(), "ties", written, rejection.reason()));
            }
        }
        return ties.isEmpty() && !named.isEmpty() ? null : ties;
    }
}
