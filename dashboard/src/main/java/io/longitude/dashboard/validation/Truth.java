package io.longitude.dashboard.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The numbers of a generated programme's truth.json, by field name: a single number is a list of one. */
record Truth(Map<String, List<Double>> fields) {
    private static final Pattern FIELD = Pattern.compile("\"([a-z0-9_]+)\": (\\[[^]]*]|-?[0-9.]+|null)");

    Truth {
        fields = Map.copyOf(fields);
    }

    static Truth read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the truth of a generated programme, " + file + ": " + e.getMessage(), e);
        }
    }

    static Truth parse(String json) {
        Map<String, List<Double>> fields = new HashMap<>();
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            String value = matcher.group(2);
            String inner = value.startsWith("[") ? value.substring(1, value.length() - 1) : value;
            fields.put(
                    matcher.group(1),
                    Stream.of(inner.split(","))
                            .map(String::trim)
                            .filter(part -> !part.isEmpty())
                            .map(part -> part.equals("null") ? Double.NaN : Double.parseDouble(part))
                            .toList());
        }
        return new Truth(fields);
    }

    double number(String field) {
        return list(field).get(0);
    }

    double at(String field, int index) {
        return list(field).get(index);
    }

    private List<Double> list(String field) {
        List<Double> values = fields.get(field);
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("Cannot score the estimates, truth.json has no field " + field);
        }
        return values;
    }
}
