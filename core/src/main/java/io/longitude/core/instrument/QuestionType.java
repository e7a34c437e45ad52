package io.longitude.core.instrument;

/** How an answer is written and checked. */
public enum QuestionType {
    /** A whole number on a scale from min to max. */
    LIKERT,
    /** One of a list of codes, numeric or textual. */
    CODE,
    /** A whole number within min and max. */
    INTEGER,
    /** A date, YYYY-MM-DD. */
    DATE,
    /** A ';'-separated list of participant_id:kind. */
    TIES,
    /** yes or no. */
    YES_NO,
    /** Free text, kept as written (at most {@code AnswerParser.TEXT_LIMIT} characters); never used in a metric. */
    TEXT
}
