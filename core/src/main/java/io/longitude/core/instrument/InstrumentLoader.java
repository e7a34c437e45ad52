package io.longitude.core.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads an instrument from its YAML file (see {@code data/instruments/README.md}). */
public final class InstrumentLoader {
    /** The canonical follow-up instrument, shipped on the class path from {@code data/instruments}. */
    public static final String FOLLOWUP_V1 = "instruments/followup-v1.yaml";
    /** The staff questionnaire (coaches and managers), shipped on the class path from {@code data/instruments}. */
    public static final String STAFF_V1 = "instruments/staff-v1.yaml";

    /** The session feedback questionnaire (participant x session), shipped on the class path from data/instruments. */
    public static final String SESSION_FEEDBACK_V1 = "instruments/session-feedback-v1.yaml";

    /** The partner questionnaire (one answer per partner organisation), shipped on the class path. */
    public static final String PARTNER_V1 = "instruments/partner-v1.yaml";

    private InstrumentLoader() {}

    /** The canonical follow-up instrument {@code followup} version 1. */
    public static Instrument followup() {
        return resource(FOLLOWUP_V1);
    }

    /** The staff questionnaire {@code staff} version 1: items about SD in the support coaches and managers give. */
    public static Instrument staff() {
        return resource(STAFF_V1);
    }

    /** The session feedback questionnaire {@code session-feedback} version 1: one session, asked right after it. */
    public static Instrument sessionFeedback() {
        return resource(SESSION_FEEDBACK_V1);
    }

    /** The partner questionnaire {@code partner} version 1: how the partnership of the organisations goes. */
    public static Instrument partner() {
        return resource(PARTNER_V1);
    }

    /** The instruments a mapping may target, by id: {@code followup} and {@code session-feedback}. */
    public static Instrument mappable(String id) {
        return switch (id) {
            case "followup" -> followup();
            case "session-feedback" -> sessionFeedback();
            default ->
                throw new InstrumentException(
                        "Cannot find instrument " + id + ", a mapping targets followup or session-feedback");
        };
    }

    private static Instrument resource(String name) {
        try (InputStream input = InstrumentLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (input == null) {
                throw new InstrumentException("Cannot find instrument on the class path: " + name);
            }
            return load(input, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Instrument load(Path file) {
        try (InputStream input = Files.newInputStream(file)) {
            return load(input, file.toString());
        } catch (IOException e) {
            throw new InstrumentException("Cannot read instrument " + file + ": " + e.getMessage(), e);
        }
    }

    static Instrument load(InputStream input, String source) {
        Object document;
        try {
            document = new Load(LoadSettings.builder().setLabel(source).build()).loadFromInputStream(input);
        } catch (YamlEngineException e) {
            throw new InstrumentException("Cannot parse instrument " + source + ": " + e.getMessage(), e);
        }
        Map<?, ?> root = map(document, source, "(root)");
        List<Question> questions = new ArrayList<>();
        Object list = root.get("questions");
        if (!(list instanceof List<?> items)) {
            throw new InstrumentException("Cannot read instrument " + source + ", key questions must be a list");
        }
        for (int index = 0; index < items.size(); index++) {
            questions.add(question(
                    map(items.get(index), source, "questions[" + index + "]"), source + " questions[" + index + "]"));
        }
        return new Instrument(
                text(root, "id", source),
                integer(root, "version", source),
                Labels.of(map(root.get("labels"), source, "labels"), source + " labels"),
                questions);
    }

    private static Question question(Map<?, ?> node, String where) {
        String code = text(node, "code", where);
        String at = where + " (" + code + ")";
        QuestionType type;
        try {
            type = QuestionType.valueOf(text(node, "type", at).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InstrumentException("Cannot read instrument " + at + ", unknown type: " + node.get("type"), e);
        }
        Map<String, Labels> codeLabels = new LinkedHashMap<>();
        if (node.get("code_labels") instanceof Map<?, ?> labelled) {
            labelled.forEach((key, value) ->
                    codeLabels.put(key.toString(), Labels.of(map(value, at, "code_labels." + key), at)));
        }
        return new Question(
                code,
                type,
                node.containsKey("min") ? integer(node, "min", at) : null,
                node.containsKey("max") ? integer(node, "max", at) : null,
                strings(node.get("codes")),
                codeLabels,
                strings(node.get("waves")),
                Labels.of(map(node.get("labels"), at, "labels"), at + " labels"),
                synonyms(node.get("synonyms")));
    }

    private static Map<String, String> synonyms(Object value) {
        Map<String, String> synonyms = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, code) -> synonyms.put(key.toString().trim().toLowerCase(Locale.ROOT), code.toString()));
        }
        return synonyms;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return List.of();
    }

    private static Map<?, ?> map(Object value, String source, String key) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new InstrumentException("Cannot read instrument " + source + ", key " + key + " must be a mapping");
    }

    private static String text(Map<?, ?> node, String key, String where) {
        Object value = node.get(key);
        if (value == null) {
            throw new InstrumentException("Cannot read instrument " + where + ", key " + key + " is missing");
        }
        return value.toString();
    }

    private static int integer(Map<?, ?> node, String key, String where) {
        Object value = node.get(key);
        if (value instanceof Number number) {
            return number.intValue();
        }
        throw new InstrumentException(
                "Cannot read instrument " + where + ", key " + key + " must be a whole number: " + value);
    }
}
