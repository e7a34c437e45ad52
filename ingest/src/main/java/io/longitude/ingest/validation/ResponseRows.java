package io.longitude.ingest.validation;

import io.longitude.core.instrument.AnswerIssue;
import io.longitude.core.instrument.AnswerParser;
import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.ParsedAnswer;
import io.longitude.core.instrument.Question;
import io.longitude.ingest.IngestErrorCode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** What the follow-up and the staff converters share: the key columns of a response and the parsing of answers. */
final class ResponseRows {
    private ResponseRows() {}

    /** A response row with its key, instrument and submission time; the answers are added by the caller. */
    static Map<String, Object> row(
            String participantKey, String programme, String edition, String wave, Instrument instrument, Fields fields)
            throws RowRejection {
        Map<String, Object> row = new HashMap<>();
        row.put("participant_key", participantKey);
        row.put("programme_id", programme);
        row.put("edition_id", edition);
        row.put("wave", wave);
        row.put("instrument_id", instrument.id());
        row.put("instrument_version", instrument.version());
        row.put("submitted_at", submittedAt(fields));
        return row;
    }

    /**
     * The typed answer to a question, null when empty. An answer that does not fit, or that the wave does not ask, is
     * set aside on {@code fields} and missing here; a ties list keeps its valid entries and sets the others aside.
     */
    static Object answer(Question question, Fields fields, String wave) {
        String text = fields.text(question.code());
        ParsedAnswer parsed = AnswerParser.read(question, text);
        for (AnswerIssue issue : parsed.issues()) {
            if (issue.note()) {
                fields.note(question.code(), issue.text(), issue.reason());
            } else {
                fields.setAside(
                        new RowRejection(IngestErrorCode.INVALID_VALUE, question.code(), issue.text(), issue.reason()));
            }
        }
        Object value = parsed.value();
        if (value != null && !question.askedIn(wave)) {
            fields.setAside(new RowRejection(
                    IngestErrorCode.INVALID_VALUE,
                    question.code(),
                    text,
                    "asked only in " + String.join(", ", question.waves())));
            return null;
        }
        return value;
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
            throw new RowRejection(
                    IngestErrorCode.INVALID_VALUE, "submitted_at", value, "not an ISO-8601 time with offset");
        }
    }
}
