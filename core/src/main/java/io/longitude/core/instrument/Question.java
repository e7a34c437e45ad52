package io.longitude.core.instrument;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One question of an instrument.
 *
 * @param codes allowed codes for {@link QuestionType#CODE} and the tie kinds for {@link QuestionType#TIES}
 * @param codeLabels labels of the codes, possibly none
 * @param waves the waves in which the question is asked; empty means every wave
 * @param synonyms other spellings of a code the instrument declares (e.g. {@code supplier} for {@code supplier_client}),
 *     in lower case; each names one of {@code codes}. Only these are accepted in place of a code: nothing is guessed.
 */
public record Question(
        String code,
        QuestionType type,
        Integer min,
        Integer max,
        List<String> codes,
        Map<String, Labels> codeLabels,
        List<String> waves,
        Labels labels,
        Map<String, String> synonyms) {
    /** A code that is a whole number; compiled once, as ingest asks for every answer. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    public Question {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(labels, "labels is null");
        codes = List.copyOf(codes);
        codeLabels = Map.copyOf(codeLabels);
        waves = List.copyOf(waves);
        synonyms = Map.copyOf(synonyms);
        for (Map.Entry<String, String> synonym : synonyms.entrySet()) {
            if (!codes.contains(synonym.getValue())) {
                throw new InstrumentException("Cannot define question " + code + ", synonym " + synonym.getKey()
                        + " names no code of the question: " + synonym.getValue());
            }
        }
        if ((type == QuestionType.LIKERT) && (min == null || max == null)) {
            throw new InstrumentException("Cannot define question " + code + ", a likert scale needs min and max");
        }
        if ((type == QuestionType.CODE || type == QuestionType.TIES) && codes.isEmpty()) {
            throw new InstrumentException("Cannot define question " + code + ", type " + type + " needs codes");
        }
        if (min != null && max != null && min > max) {
            throw new InstrumentException(
                    "Cannot define question " + code + ", min is above max: " + min + " > " + max);
        }
    }

    /** A question without synonyms. */
    public Question(
            String code,
            QuestionType type,
            Integer min,
            Integer max,
            List<String> codes,
            Map<String, Labels> codeLabels,
            List<String> waves,
            Labels labels) {
        this(code, type, min, max, codes, codeLabels, waves, labels, Map.of());
    }

    /** True when every code is a whole number, so the answer is stored as an integer. */
    public boolean numericCodes() {
        for (String value : codes) {
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                return false;
            }
        }
        return true;
    }

    public boolean askedIn(String wave) {
        return waves.isEmpty() || waves.contains(wave);
    }
}
