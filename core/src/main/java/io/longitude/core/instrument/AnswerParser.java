package io.longitude.core.instrument;

import io.longitude.core.domain.TieKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the text of an answer into its typed value, checked against its question. */
public final class AnswerParser {
    private AnswerParser() {}

    /**
     * Parses one answer.
     *
     * @return null for an empty answer (missing); an Integer, String, LocalDate, Boolean or {@code List<NamedTie>}
     * @throws InvalidAnswerException with the reason when the text does not fit the question
     */
    public static Object parse(Question question, String text) throws InvalidAnswerException {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        return switch (question.type()) {
            case LIKERT, INTEGER -> bounded(question, whole(value));
            case CODE -> code(question, value);
            case DATE -> date(value);
            case YES_NO -> yesNo(value);
            case TIES -> ties(question, value);
        };
    }

    private static int whole(String value) throws InvalidAnswerException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidAnswerException("not a whole number");
        }
    }

    private static Integer bounded(Question question, int number) throws InvalidAnswerException {
        if ((question.min() != null && number < question.min()) || (question.max() != null && number > question.max())) {
            throw new InvalidAnswerException("out of range " + (question.min() == null ? "" : question.min())
                    + ".." + (question.max() == null ? "" : question.max()));
        }
        return number;
    }

    private static Object code(Question question, String value) throws InvalidAnswerException {
        String normalised = question.numericCodes() ? value : value.toLowerCase(Locale.ROOT);
        if (!question.codes().contains(normalised)) {
            throw new InvalidAnswerException("not one of the codes " + String.join(", ", question.codes()));
        }
        return question.numericCodes() ? Integer.valueOf(normalised) : normalised;
    }

    private static LocalDate date(String value) throws InvalidAnswerException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidAnswerException("not a date YYYY-MM-DD");
        }
    }

    private static Boolean yesNo(String value) throws InvalidAnswerException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1" -> Boolean.TRUE;
            case "no", "false", "0" -> Boolean.FALSE;
            default -> throw new InvalidAnswerException("not yes or no");
        };
    }

    private static List<NamedTie> ties(Question question, String value) throws InvalidAnswerException {
        List<NamedTie> ties = new ArrayList<>();
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new InvalidAnswerException("tie '" + entry.trim() + "' is not participant_id:kind");
            }
            String kind = entry.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            if (!question.codes().contains(kind)) {
                throw new InvalidAnswerException("tie kind '" + kind + "' is not one of " + String.join(", ", question.codes()));
            }
            ties.add(new NamedTie(entry.substring(0, colon).trim(), TieKind.ofCode(kind)));
        }
        return List.copyOf(ties);
    }
}
