package io.longitude.bench.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The editions of {@code GET /api/editions}, by programme: the ids the workload asks for. */
final class Editions {
    private static final Pattern EDITION =
            Pattern.compile("\\{[^{}]*\"programmeId\"\\s*:\\s*\"([^\"]+)\"[^{}]*\"editionId\"\\s*:\\s*\"([^\"]+)\"");

    private Editions() {}

    static Map<String, List<String>> parse(String json) {
        Map<String, List<String>> byProgramme = new LinkedHashMap<>();
        Matcher matcher = EDITION.matcher(json);
        while (matcher.find()) {
            byProgramme
                    .computeIfAbsent(matcher.group(1), programme -> new java.util.ArrayList<>())
                    .add(matcher.group(2));
        }
        return byProgramme;
    }
}
