package io.longitude.core.instrument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A questionnaire version: its question codes, types, allowed values and labels. */
public record Instrument(String id, int version, Labels labels, List<Question> questions) {
    public Instrument {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(labels, "labels is null");
        questions = List.copyOf(questions);
        if (version < 1) {
            throw new InstrumentException(
                    "Cannot define instrument " + id + ", version must be at least 1: " + version);
        }
        if (questions.stream().map(Question::code).distinct().count() != questions.size()) {
            throw new InstrumentException("Cannot define instrument " + id + ", question codes repeat");
        }
    }

    public Optional<Question> question(String code) {
        return questions.stream()
                .filter(question -> question.code().equals(code))
                .findFirst();
    }

    public List<String> codes() {
        return questions.stream().map(Question::code).toList();
    }
}
