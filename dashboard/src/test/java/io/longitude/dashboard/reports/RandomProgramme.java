package io.longitude.dashboard.reports;

import io.longitude.core.metrics.MetricValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small random programme for the disclosure audit, written directly as metric rows: 1–4 editions, counts of 0 to
 * about 14 (so many of 1–4, and zeros), editions that reached different waves, counts that keep the order the
 * definitions give them (answering ≤ responders ≤ enrolled, asked ≤ level 0, ...). It also keeps the true counts by
 * cell key; {@link ReaderModel} writes the reader's relations between them, apart from {@link ProgrammeCounts}.
 */
final class RandomProgramme {
    static final String PROGRAMME = "P";
    static final Instant COMPUTED = Instant.parse("2026-06-30T10:00:00Z");
    static final String VERSIONS = "editions=3,enrolments=7,responses=12";

    final List<String> editions = new ArrayList<>();
    final List<MetricValue> rows = new ArrayList<>();
    /** True counts by key, including the reader's unknowns that no page shows (complements, rests). */
    final Map<String, Long> truth = new LinkedHashMap<>();

    private final Random random;

    RandomProgramme(long seed) {
        random = new Random(seed);
        int editionCount = 1 + random.nextInt(4);
        List<Integer> lastWave = new ArrayList<>();
        for (int i = 1; i <= editionCount; i++) {
            String edition = "E" + i;
            editions.add(edition);
            lastWave.add(random.nextInt(4));
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (int i = 0; i < editionCount; i++) {
            edition(editions.get(i), lastWave.get(i), parts);
        }
        // The programme column: the sum of the editions that have the cell.
        parts.forEach((total, keys) ->
                truth.put(total, keys.stream().mapToLong(truth::get).sum()));
        long ties = truth.entrySet().stream()
                        .filter(entry -> entry.getKey().startsWith("ties|E"))
                        .mapToLong(Map.Entry::getValue)
                        .sum()
                + random.nextInt(3);
        rows.add(row(
                "M11",
                "",
                "",
                "participants",
                null,
                null,
                truth.get("participants|all"),
                truth.get("participants|all")));
        rows.add(row(
                "M11",
                "",
                "",
                "share_with_tie",
                truth.get("with_tie|all"),
                truth.get("participants|all"),
                null,
                truth.get("participants|all")));
        rows.add(row("M11", "", "", "ties", null, null, ties, truth.get("participants|all")));
        truth.put("ties|all", ties);
    }

    List<String> columns() {
        List<String> columns = new ArrayList<>(editions);
        columns.add("all");
        return columns;
    }

    private void edition(String edition, int lastWave, Map<String, List<String>> parts) {
        long enrolled = small(12);
        long referred = enrolled + small(4);
        put(parts, edition, "referred", "", referred);
        put(parts, edition, "enrolled", "", enrolled);
        put(parts, edition, "completed", "", pick(enrolled));
        long launched = pick(enrolled);
        long stopped = pick(launched);
        // Business active at the latest response (M1) is the launched businesses not stopped (M8).
        put(parts, edition, "business_active", "", launched - stopped);
        long[] previous = null;
        for (String stage : List.of("referred", "enrolled", "completed", "business_active")) {
            rows.add(row(
                    "M1", edition, "", "all|" + stage, truth.get(key(stage, edition, "")), referred, null, referred));
        }
        for (int wave = 0; wave <= lastWave; wave++) {
            String w = "W" + wave;
            long responders = pick(enrolled);
            long answering = pick(responders);
            long level0 = pick(answering);
            long level1 = pick(answering - level0);
            long level2 = answering - level0 - level1;
            put(parts, edition, "responders", w, responders);
            put(parts, edition, "answering", w, answering);
            put(parts, edition, "level=0", w, level0);
            put(parts, edition, "level=1", w, level1);
            put(parts, edition, "level=2", w, level2);
            put(parts, edition, "integrated", w, level1 + level2);
            rows.add(row("M2", edition, w, "response_rate", responders, enrolled, null, enrolled));
            rows.add(row("M3", edition, w, "level=0", level0, answering, null, answering));
            rows.add(row("M3", edition, w, "level=1", level1, answering, null, answering));
            rows.add(row("M3", edition, w, "level=2", level2, answering, null, answering));
            rows.add(row("M3", edition, w, "weighted|level=1", 2.5, 7.5, null, answering));
            parts.computeIfAbsent(key("enrolled", "all", w), ignored -> new ArrayList<>())
                    .add(key("enrolled", edition, ""));
            if (previous != null) {
                String pair = "W" + (wave - 1) + ">" + w;
                long asked = pick(previous[0]);
                long interested = pick(asked);
                long followed = Math.min(pick(interested), answering);
                long acted = Math.min(pick(followed), level1 + level2);
                put(parts, edition, "asked", pair, asked);
                put(parts, edition, "interested", pair, interested);
                put(parts, edition, "followed", pair, followed);
                put(parts, edition, "acted", pair, acted);
                rows.add(row("M7", edition, pair, "interested", interested, asked, null, asked));
                rows.add(row("M7", edition, pair, "acted", acted, followed, null, followed));
            }
            previous = new long[] {level0};
        }
        put(parts, edition, "launched", "", launched);
        put(parts, edition, "active", "", launched - stopped);
        if (launched > 0) {
            long first = pick(stopped);
            rows.add(row("M8", edition, "", "km|month=7.5", first, launched, null, launched));
            if (stopped > first) {
                rows.add(row("M8", edition, "", "km|month=20.1", stopped - first, launched - first, null, launched));
            }
            rows.add(row("M8", edition, "", "survival|months=12", null, null, 0.8, launched));
        }
        long participants = enrolled;
        put(parts, edition, "participants", "", participants);
        put(parts, edition, "with_tie", "", pick(participants));
        long ties = small(8);
        truth.put(key("ties", edition, ""), ties);
        rows.add(row("M11", edition, "", "participants", null, null, participants, participants));
        rows.add(row(
                "M11",
                edition,
                "",
                "share_with_tie",
                truth.get(key("with_tie", edition, "")),
                participants,
                null,
                participants));
        rows.add(row("M11", edition, "", "ties", null, null, ties, participants));
        rows.add(row("M12", edition, "W1", "new_contacts|mean", 3.0, 1.0, 3.0, 1));
    }

    private void put(Map<String, List<String>> parts, String edition, String measure, String wave, long count) {
        truth.put(key(measure, edition, wave), count);
        parts.computeIfAbsent(key(measure, "all", wave), ignored -> new ArrayList<>())
                .add(key(measure, edition, wave));
    }

    static String key(String measure, String column, String wave) {
        return wave.isEmpty() ? measure + "|" + column : measure + "|" + column + "|" + wave;
    }

    /** A count from 0 to max, small ones (0–4) half of the time. */
    private long small(int max) {
        return random.nextBoolean() ? random.nextInt(5) : random.nextInt(max + 1);
    }

    /** A part of a total: 0, the total, or in between. */
    private long pick(long total) {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> total;
            default -> total == 0 ? 0 : (long) random.nextInt((int) total + 1);
        };
    }

    private static MetricValue row(
            String metric,
            String edition,
            String wave,
            String groupKey,
            Number numerator,
            Number denominator,
            Number value,
            long n) {
        Double share = null;
        if (value != null) {
            share = value.doubleValue();
        } else if (denominator != null && denominator.doubleValue() > 0 && numerator != null) {
            share = numerator.doubleValue() / denominator.doubleValue();
        }
        return MetricValue.fromColumns(
                metric,
                PROGRAMME,
                edition,
                wave,
                groupKey,
                numerator == null ? null : numerator.doubleValue(),
                denominator == null ? null : denominator.doubleValue(),
                n,
                share,
                null,
                null,
                "ok",
                "",
                VERSIONS,
                "test",
                COMPUTED);
    }
}
