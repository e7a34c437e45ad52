package io.longitude.core.instrument;

import java.util.Objects;

/**
 * Part of an answer that was set aside, or read generously.
 *
 * @param text the text concerned: the whole answer, or one element of a list answer
 * @param reason why it was set aside, or what was read (for a note)
 * @param note true when the text was accepted and the issue only says how it was read (a date-time in a date field,
 *     a synonym the instrument declares); false when the text was not accepted
 */
public record AnswerIssue(String text, String reason, boolean note) {
    public AnswerIssue {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(reason, "reason is null");
    }
}
