package io.longitude.core.instrument;

import java.util.List;

/**
 * An answer as read: its typed value (null when missing or not accepted) and what was set aside or noted on the way.
 * A list answer keeps its valid elements and sets the others aside one by one.
 */
public record ParsedAnswer(Object value, List<AnswerIssue> issues) {
    public ParsedAnswer {
        issues = List.copyOf(issues);
    }

    /** The issues that set text aside (not the notes). */
    public List<AnswerIssue> rejected() {
        return issues.stream().filter(issue -> !issue.note()).toList();
    }

    public List<AnswerIssue> notes() {
        return issues.stream().filter(AnswerIssue::note).toList();
    }
}
