package io.longitude.core.instrument;

import io.longitude.core.domain.TieKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the text of an answer into its typed value, checked against its question. Lenient only where the meaning is
 * unambiguous: a date field takes an ISO-8601 date-time (its local date), a code takes a synonym the instrument
 * declares; either is noted. Nothing is guessed.
 */
public final class AnswerParser {
    /** The longest free-text answer kept, in characters. */
    public static final int TEXT_LIMIT = 2_000;

    private AnswerParser() {}

    /**
     * Parses one answer strictly: any part that does not fit rejects the whole answer.
     *
     * @return null for an empty answer (missing); an Integer, String, LocalDate, Boolean or {@code List<NamedTie>}
     * @throws InvalidAnswerException with the reason when the text does not fit the question
     */
    public static Object parse(Question question, String text) throws InvalidAnswerException {
        ParsedAnswer answer = read(question, text);
        if (!answer.rejected().isEmpty()) {
            throw new InvalidAnswerException(answer.rejected().get(0).reason());
        }
        return answer.value();
    }

    /**
     * Reads one answer, keeping what fits: a value that does not fit is missing with its issue; a ties list keeps its
     * valid elements and sets the invalid ones aside, each with its issue.
     */
    public static ParsedAnswer read(Question question, String text) {
        if (text == null || text.isBlank()) {
            return new ParsedAnswer(null, List.of());
        }
        String value = text.trim();
        List<AnswerIssue> issues = new ArrayList<>();
        if (question.type() == QuestionType.TIES) {
            return new ParsedAnswer(ties(question, value, issues), issues);
        }
        try {
            Object parsed = switch (question.type()) {
                case LIKERT, INTEGER -> bounded(question, whole(value));
                case CODE -> code(question, value, issues);
                case DATE -> date(value, issues);
                case YES_NO -> yesNo(value);
                case TEXT -> text(value);
                case TIES -> throw new IllegalStateException("ties are read above");
            };
            return new ParsedAnswer(parsed, issues);
        } catch (InvalidAnswerException e) {
            issues.add(new AnswerIssue(value, e.getMessage(), false));
            return new ParsedAnswer(null, issues);
        }
    }

    /**
     * A date, or the local date of an ISO-8601 date-time (with or without offset), noted in {@code notes}.
     *
     * @throws InvalidAnswerException when the text is neither
     */
    public static LocalDate date(String value, List<AnswerIssue> notes) throws InvalidAnswerException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            LocalDate date = localDateOfTime(value);
            if (date == null) {
                throw new InvalidAnswerException("not a date YYYY-MM-DD");
            }
            notes.add(new AnswerIssue(value, "a date-time in a date field: its local date " + date + " is kept", true));
            return date;
        }
    }

    private static LocalDate localDateOfTime(String value) {
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static int whole(String value) throws InvalidAnswerException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidAnswerException("not a whole number");
        }
    }

    private static Integer bounded(Question question, int number) throws InvalidAnswerException {
        if ((question.min() != null && number < question.min())
                || (question.max() != null && number > question.max())) {
            throw new InvalidAnswerException("out of range " + (question.min() == null ? "" : question.min()) + ".."
                    + (question.max() == null ? "" : question.max()));
        }
        return number;
    }

    private static Object code(Question question, String value, List<AnswerIssue> notes) throws InvalidAnswerException {
        String normalised = question.numericCodes() ? value : value.toLowerCase(Locale.ROOT);
        if (!question.codes().contains(normalised)) {
            String synonym = question.synonyms().get(value.toLowerCase(Locale.ROOT));
            if (synonym == null) {
                throw new InvalidAnswerException("not one of the codes " + String.join(", ", question.codes()));
            }
            notes.add(new AnswerIssue(value, "read as " + synonym + ", a synonym the instrument declares", true));
            normalised = synonym;
        }
        return question.numericCodes() ? Integer.valueOf(normalised) : normalised;
    }

    /** Free text as written, trimmed; a text longer than {@link #TEXT_LIMIT} characters is refused, not cut. */
    private static String text(String value) throws InvalidAnswerException {
        if (value.length() > TEXT_LIMIT) {
            throw new InvalidAnswerException("longer than " + TEXT_LIMIT + " characters (" + value.length() + ")");
        }
        return value;
    }

    private static Boolean yesNo(String value) throws InvalidAnswerException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1" -> Boolean.TRUE;
            case "no", "false", "0" -> Boolean.FALSE;
            default -> throw new InvalidAnswerException("not yes or no");
        };
    }

    /** The valid ties of the list; each invalid entry becomes an issue. An answer with no valid entry is missing. */
    private static List<NamedTie> ties(Question question, String value, List<AnswerIssue> issues) {
        List<NamedTie> ties = new ArrayList<>();
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                issues.add(
                        new AnswerIssue(entry.trim(), "tie '" + entry.trim() + "' is not participant_id:kind", false));
                continue;
            }
            String written = entry.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            String kind = question.codes().contains(written)
                    ? written
                    : question.synonyms().get(written);
            if (kind == null) {
                issues.add(new AnswerIssue(
                        entry.trim(),
                        "tie kind '" + written + "' is not one of " + String.join(", ", question.codes()),
                        false));
                continue;
            }
            if (!kind.equals(written)) {
                issues.add(new AnswerIssue(
                        entry.trim(),
                        "tie kind '" + written + "' read as " + kind + ", a synonym the instrument declares",
                        true));
            }
            ties.add(new NamedTie(entry.substring(0, colon).trim(), TieKind.ofCode(kind)));
        }
        return ties.isEmpty() && !issues.isEmpty() ? null : List.copyOf(ties);
    }
}
