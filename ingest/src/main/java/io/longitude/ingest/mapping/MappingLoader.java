package io.longitude.ingest.mapping;

import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.ingest.source.TextDecoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads and checks a mapping file; every error names the file and the key. */
public final class MappingLoader {
    private static final Set<String> TOP_KEYS = Set.of(
            "tool",
            "form",
            "instrument",
            "instrument_version",
            "format",
            "encoding",
            "separator",
            "header_rows",
            "names_row",
            "pad_short_rows",
            "missing",
            "submission_id",
            "participant_id",
            "edition_id",
            "session_id",
            "wave",
            "submitted_at",
            "questions");
    private static final Set<String> SOURCE_KEYS =
            Set.of("column", "value", "values", "format", "zone", "split", "one_hot", "default", "pattern");

    private final String file;
    private final Map<?, ?> root;

    private MappingLoader(String file, Map<?, ?> root) {
        this.file = file;
        this.root = root;
    }

    public static Mapping load(Path path, Instrument instrument) {
        try (InputStream input = Files.newInputStream(path)) {
            return load(input, path.getFileName().toString(), instrument);
        } catch (IOException e) {
            throw new MappingException("Cannot read mapping " + path + ": " + e.getMessage(), e);
        }
    }

    public static Mapping load(InputStream input, String file, Instrument instrument) {
        Object document;
        try {
            document = new Load(LoadSettings.builder().setLabel(file).build()).loadFromInputStream(input);
        } catch (YamlEngineException e) {
            throw new MappingException("Cannot load mapping " + file + ", it is not valid YAML: " + e.getMessage(), e);
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new MappingException("Cannot load mapping " + file + ", it must be a YAML mapping of keys");
        }
        return new MappingLoader(file, root).mapping(instrument);
    }

    private Mapping mapping(Instrument instrument) {
        for (Object key : root.keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(key))) {
                throw error(String.valueOf(key), "is not a known key " + new java.util.TreeSet<>(TOP_KEYS));
            }
        }
        String tool = text("tool", root.get("tool"));
        if (!Mapping.TOOLS.contains(tool)) {
            throw error("tool", "must be one of " + Mapping.TOOLS + ": " + tool);
        }
        String instrumentId = optionalText("instrument", instrument.id());
        int version = integer("instrument_version", valueOr("instrument_version", 1));
        if (instrumentId.equals(Mapping.SESSION_FEEDBACK) && !instrument.id().equals(instrumentId)) {
            instrument = InstrumentLoader.sessionFeedback();
        }
        if (!instrumentId.equals(instrument.id()) || version != instrument.version()) {
            throw error(
                    "instrument",
                    "is " + instrumentId + " v" + version + ", but this ingest knows " + instrument.id() + " v"
                            + instrument.version() + " and " + Mapping.SESSION_FEEDBACK + " v1");
        }
        String format = optionalText("format", "csv");
        if (!List.of("csv", "xlsx", "odk-zip").contains(format)) {
            throw error("format", "must be csv, xlsx or odk-zip: " + format);
        }
        String encoding = optionalText("encoding", "auto");
        if (!TextDecoding.DECLARABLE.contains(encoding)) {
            throw error("encoding", "must be one of " + TextDecoding.DECLARABLE + ": " + encoding);
        }
        Character separator = separator();
        int headerRows = integer("header_rows", valueOr("header_rows", 1));
        int namesRow = integer("names_row", valueOr("names_row", 1));
        if (headerRows < 1 || namesRow < 1 || namesRow > headerRows) {
            throw error("names_row", "must be within 1..header_rows (" + headerRows + "): " + namesRow);
        }
        Map<String, ValueSource> fields = new LinkedHashMap<>();
        for (String key : Mapping.keyFields(instrumentId)) {
            if (!root.containsKey(key)) {
                throw error(key, "is missing; every mapping says where " + key + " comes from (column or value)");
            }
            fields.put(key, source(key, root.get(key)));
        }
        Object questions = root.get("questions");
        if (questions != null && !(questions instanceof Map<?, ?>)) {
            throw error("questions", "must map question codes to their sources");
        }
        if (questions instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String code = String.valueOf(entry.getKey());
                if (instrument.question(code).isEmpty()) {
                    throw error(
                            "questions." + code,
                            "is not a question of " + instrument.id() + " v" + instrument.version());
                }
                fields.put(code, source("questions." + code, entry.getValue()));
            }
        }
        return new Mapping(
                file,
                tool,
                optionalText("form", ""),
                instrumentId,
                version,
                format,
                encoding,
                separator,
                headerRows,
                namesRow,
                Boolean.TRUE.equals(root.get("pad_short_rows")),
                strings("missing", root.get("missing")),
                strings("submission_id", root.get("submission_id")),
                fields);
    }

    private ValueSource source(String key, Object node) {
        if (!(node instanceof Map<?, ?> map)) {
            throw error(key, "must be a mapping with column or value");
        }
        for (Object sourceKey : map.keySet()) {
            if (!SOURCE_KEYS.contains(String.valueOf(sourceKey))) {
                throw error(key + "." + sourceKey, "is not a known key " + new java.util.TreeSet<>(SOURCE_KEYS));
            }
        }
        String format = map.get("format") == null ? null : String.valueOf(map.get("format"));
        if (format != null) {
            try {
                DateTimeFormatter.ofPattern(format);
            } catch (IllegalArgumentException e) {
                throw error(key + ".format", "is not a date-time pattern: " + e.getMessage());
            }
        }
        String zone = map.get("zone") == null ? null : String.valueOf(map.get("zone"));
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (RuntimeException e) {
                throw error(key + ".zone", "is not a time zone: " + zone);
            }
        }
        try {
            return new ValueSource(
                    map.get("column") == null ? null : String.valueOf(map.get("column")),
                    map.get("value") == null ? null : String.valueOf(map.get("value")),
                    textMap(key + ".values", map.get("values")),
                    format,
                    zone,
                    map.get("split") == null ? null : String.valueOf(map.get("split")),
                    textMap(key + ".one_hot", map.get("one_hot")),
                    map.get("default") == null ? null : String.valueOf(map.get("default")),
                    pattern(key, map.get("pattern")));
        } catch (IllegalArgumentException e) {
            throw error(key, e.getMessage());
        }
    }

    private java.util.regex.Pattern pattern(String key, Object value) {
        if (value == null) {
            return null;
        }
        try {
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(String.valueOf(value));
            if (pattern.matcher("").groupCount() < 1) {
                throw error(key + ".pattern", "needs a group (...) marking the part to keep: " + value);
            }
            return pattern;
        } catch (java.util.regex.PatternSyntaxException e) {
            throw error(key + ".pattern", "is not a regular expression: " + e.getDescription());
        }
    }

    private Character separator() {
        Object value = root.get("separator");
        if (value == null || "auto".equals(value)) {
            return null;
        }
        String text = String.valueOf(value);
        if (text.length() != 1 || ",;\t|".indexOf(text.charAt(0)) < 0) {
            throw error("separator", "must be one of , ; tab | or auto: " + text);
        }
        return text.charAt(0);
    }

    private Map<String, String> textMap(String key, Object node) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map<?, ?> map)) {
            throw error(key, "must be a mapping of raw value to code");
        }
        Map<String, String> values = new LinkedHashMap<>();
        map.forEach((raw, code) -> values.put(String.valueOf(raw), String.valueOf(code)));
        return values;
    }

    private List<String> strings(String key, Object node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof List<?> list) {
            List<String> values = new ArrayList<>();
            list.forEach(item -> values.add(String.valueOf(item)));
            return values;
        }
        if (node instanceof String text) {
            return List.of(text);
        }
        throw error(key, "must be a list");
    }

    private String text(String key, Object value) {
        if (value == null) {
            throw error(key, "is missing");
        }
        return String.valueOf(value);
    }

    private String optionalText(String key, String fallback) {
        Object value = root.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    private Object valueOr(String key, Object fallback) {
        Object value = root.get(key);
        return value == null ? fallback : value;
    }

    private int integer(String key, Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        throw error(key, "must be a whole number: " + value);
    }

    private MappingException error(String key, String problem) {
        return new MappingException("Cannot load mapping " + file + ", key " + key + " " + problem);
    }
}
