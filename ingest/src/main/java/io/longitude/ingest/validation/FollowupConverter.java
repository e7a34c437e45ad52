package io.longitude.ingest.validation;

import io.longitude.core.instrument.AnswerParser;
import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.InvalidAnswerException;
import io.longitude.core.instrument.NamedTie;
import io.longitude.core.instrument.Question;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.IngestErrorCode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Converts a row of a canonical follow-up export into a response, checked against the instrument and rosters. */
public final class FollowupConverter implements RowConverter {
    /** The source tool recorded for canonical files. */
    public static final String CANONICAL = "canonical";

    private final Instrument instrument;
    private final References references;
    private final String sourceTool;

    /** A converter for rows written by {@code sourceTool} ({@link #CANONICAL}, or the tool of a mapping). */
    public FollowupConverter(Instrument instrument, ReferenceData data, Pseudonymizer pseudonymizer, String sourceTool) {
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
        Map<String, Object> row = new HashMap<>();
        row.put("participant_key", participantKey);
        row.put("programme_id", programme);
        row.put("edition_id", edition);
        row.put("wave", wave);
        row.put("instrument_id", instrument.id());
        row.put("instrument_version", instrument.version());
        row.put("submitted_at", submittedAt(fields));
        row.put("source_tool", sourceTool);
        row.put("source_submission_id", fields.text("source_submission_id"));
        for (Question question : instrument.questions()) {
            String text = fields.text(question.code());
            Object value;
            try {
                value = AnswerParser.parse(question, text);
            } catch (InvalidAnswerException e) {
                throw new RowRejection(IngestErrorCode.INVALID_VALUE, question.code(), text, e.getMessage());
            }
            if (value != null && !question.askedIn(wave)) {
                throw new RowRejection(IngestErrorCode.INVALID_VALUE, question.code(), text, "asked only in " + String.join(", ", question.waves()));
            }
            row.put(question.code(), value instanceof List<?> ties ? ties(participantKey, ties) : value);
        }
        return row;
    }

    private List<Map<String, Object>> ties(String participantKey, List<?> named) throws RowRejection {
        List<Map<String, Object>> ties = new ArrayList<>();
        for (Object entry : named) {
            NamedTie tie = (NamedTie) entry;
            String other = references.known("ties", tie.participantId());
            if (other.equals(participantKey)) {
                throw new RowRejection(IngestErrorCode.INVALID_VALUE, "ties", tie.participantId(), "a participant cannot name themself");
            }
            ties.add(Map.of("participant_key", other, "kind", tie.kind().code()));
        }
        return ties;
    }

    /** The submission time as an instant, null when empty; rejected unless ISO-8601 with an offset. */
    static Object submittedAt(Fields fields) throws RowRejection {
        String value = fields.text("submitted_at");
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowRejection(IngestErrorCode.INVALID_VALUE, "submitted_at", value, "not an ISO-8601 time with offset");
        }
    }
}
