package io.longitude.dashboard.reports;

import io.longitude.core.disclosure.CountSystem;
import io.longitude.core.disclosure.Share;
import io.longitude.core.metrics.MetricValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The counts a funder may see about one programme, taken from its metric rows: per edition and for the programme
 * (the sum of its editions), the funnel (M1), responders per wave (M2), integration levels per wave (M3, complete
 * case), intention to action (M7), businesses launched and still active (M8) and collaboration (M11). Every count
 * and every relation between them goes into one {@link CountSystem}, whichever page shows it, so suppression holds
 * across the portfolio, the report and its exports. Only counts and shares of counts: no statistic that a small cell
 * could hide in (Kaplan–Meier curves, means, intervals) reaches a funder.
 */
final class ProgrammeCounts {
    /** The column (and key part) of programme totals. */
    static final String PROGRAMME = "all";

    private final String programmeId;
    private final List<String> editions;
    private final List<String> columns;
    private final List<String> waves;
    private final List<String> pairs;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final CountSystem.Builder builder = CountSystem.builder();
    private final List<MetricValue> rows;

    private ProgrammeCounts(String programmeId, List<String> editions, List<MetricValue> rows) {
        this.programmeId = programmeId;
        this.editions = List.copyOf(editions);
        List<String> all = new ArrayList<>(editions);
        all.add(PROGRAMME);
        this.columns = List.copyOf(all);
        this.rows = rows.stream().filter(row -> row.programmeId().equals(programmeId)).toList();
        this.waves = distinct(this.rows, "M2", row -> row.wave().contains(">") ? null : row.wave());
        this.pairs = distinct(this.rows, "M7", MetricValue::wave);
    }

    /**
     * @param programmeId the programme
     * @param editions its edition ids, in order
     * @param rows its metric rows (edition and programme rows; rows of other programmes are ignored)
     */
    static Figures of(String programmeId, List<String> editions, List<MetricValue> rows) {
        ProgrammeCounts counts = new ProgrammeCounts(programmeId, editions, rows);
        counts.read();
        return counts.figures();
    }

    static String key(String measure, String column, String wave) {
        return wave.isEmpty() ? measure + "|" + column : measure + "|" + column + "|" + wave;
    }

    private void read() {
        for (String edition : editions) {
            for (String stage : List.of("referred", "enrolled", "completed", "business_active")) {
                find("M1", edition, "", "all|" + stage).ifPresent(row -> put(stage, edition, "", row.numerator()));
            }
            for (String wave : waves) {
                find("M2", edition, wave, "response_rate").ifPresent(row -> {
                    put("responders", edition, wave, row.numerator());
                    if (!counts.containsKey(key("enrolled", edition, ""))) {
                        put("enrolled", edition, "", row.denominator());
                    }
                });
                for (int level = 0; level <= 2; level++) {
                    int current = level;
                    find("M3", edition, wave, "level=" + level).ifPresent(row -> {
                        put("level=" + current, edition, wave, row.numerator());
                        put("answering", edition, wave, row.denominator());
                    });
                }
            }
            for (String pair : pairs) {
                find("M7", edition, pair, "interested").ifPresent(row -> {
                    put("interested", edition, pair, row.numerator());
                    put("asked", edition, pair, row.denominator());
                });
                find("M7", edition, pair, "acted").ifPresent(row -> {
                    put("acted", edition, pair, row.numerator());
                    put("followed", edition, pair, row.denominator());
                });
            }
            List<MetricValue> survival = rows.stream().filter(row -> row.metricId().equals("M8") && row.editionId().equals(edition)
                    && (row.groupKey().startsWith("km|") || row.groupKey().startsWith("survival|"))).toList();
            if (!survival.isEmpty()) {
                long launched = survival.get(0).n();
                long stopped = survival.stream().filter(row -> row.groupKey().startsWith("km|"))
                        .mapToLong(row -> Math.round(value(row.numerator()))).sum();
                counts.put(key("launched", edition, ""), launched);
                counts.put(key("active", edition, ""), Math.max(0, launched - stopped));
            }
            collaboration(edition, edition);
        }
        collaboration("", PROGRAMME);
    }

    private void collaboration(String editionId, String column) {
        find("M11", editionId, "", "participants").ifPresent(row -> put("participants", column, "", row.value()));
        find("M11", editionId, "", "share_with_tie").ifPresent(row -> put("with_tie", column, "", row.numerator()));
        find("M11", editionId, "", "ties").ifPresent(row -> put("ties", column, "", row.value()));
    }

    private Figures figures() {
        List<String> measuresByEdition = List.of("referred", "enrolled", "completed", "business_active", "launched", "active");
        for (String measure : measuresByEdition) {
            total(measure, "");
        }
        for (String wave : waves) {
            for (String measure : List.of("responders", "answering", "level=0", "level=1", "level=2")) {
                total(measure, wave);
            }
            for (String column : columns) {
                if (counts.containsKey(key("level=1", column, wave)) && counts.containsKey(key("level=2", column, wave))) {
                    counts.put(key("integrated", column, wave), counts.get(key("level=1", column, wave)) + counts.get(key("level=2", column, wave)));
                }
            }
        }
        for (String pair : pairs) {
            for (String measure : List.of("asked", "interested", "followed", "acted")) {
                total(measure, pair);
            }
        }
        counts.forEach(builder::cell);
        relations();
        List<TableSpec> tables = List.of(funnel(), response(), integration(), intention(), survival(), collaboration());
        return new Figures(programmeId, editions, waves, builder.build(), tables, asOf(), computedAt());
    }

    /** The programme's count as the sum of its editions' (over the editions that have it). */
    private void total(String measure, String wave) {
        List<String> parts = editions.stream().map(edition -> key(measure, edition, wave)).filter(counts::containsKey).toList();
        if (!parts.isEmpty()) {
            counts.put(key(measure, PROGRAMME, wave), parts.stream().mapToLong(counts::get).sum());
        }
    }

    private void relations() {
        for (String measure : List.of("referred", "enrolled", "completed", "business_active", "launched", "active",
                "participants", "with_tie", "ties")) {
            sumOverEditions(measure, "");
        }
        for (String wave : waves) {
            for (String measure : List.of("responders", "answering", "level=0", "level=1", "level=2", "integrated")) {
                sumOverEditions(measure, wave);
            }
        }
        for (String pair : pairs) {
            for (String measure : List.of("asked", "interested", "followed", "acted")) {
                sumOverEditions(measure, pair);
            }
        }
        for (String column : columns) {
            nested(key("referred", column, ""), key("enrolled", column, ""));
            share(key("completed", column, ""), key("enrolled", column, ""));
            nested(key("enrolled", column, ""), key("business_active", column, ""));
            for (String wave : waves) {
                String answering = key("answering", column, wave);
                if (has(answering)) {
                    builder.sum(answering, List.of(key("level=0", column, wave), key("level=1", column, wave), key("level=2", column, wave)));
                    builder.sum(key("integrated", column, wave), List.of(key("level=1", column, wave), key("level=2", column, wave)));
                    for (String measure : List.of("level=0", "level=1", "level=2", "integrated")) {
                        share(key(measure, column, wave), answering);
                    }
                }
                share(key("responders", column, wave), enrolled(column, wave));
                nested(key("responders", column, wave), answering);
            }
            for (String pair : pairs) {
                share(key("interested", column, pair), key("asked", column, pair));
                nested(key("interested", column, pair), key("followed", column, pair));
                share(key("acted", column, pair), key("followed", column, pair));
            }
            share(key("active", column, ""), key("launched", column, ""));
            share(key("with_tie", column, ""), key("participants", column, ""));
        }
    }

    /**
     * The enrolled candidates behind a wave's response rate: the edition's, or for the programme those of the editions
     * that reached the wave. When some edition has not reached it, that total is a count of its own, and the W0 total
     * against it gives back the missing editions' enrolment, which the count system then knows.
     */
    private String enrolled(String column, String wave) {
        if (!column.equals(PROGRAMME)) {
            return key("enrolled", column, "");
        }
        List<String> reached = editions.stream().filter(edition -> has(key("responders", edition, wave))).toList();
        List<String> enrolled = editions.stream().filter(edition -> has(key("enrolled", edition, ""))).toList();
        if (reached.equals(enrolled)) {
            return key("enrolled", PROGRAMME, "");
        }
        String total = key("enrolled", PROGRAMME, wave);
        List<String> parts = reached.stream().map(edition -> key("enrolled", edition, "")).filter(this::has).toList();
        if (!parts.isEmpty() && !builder.has(total)) {
            long count = parts.stream().mapToLong(counts::get).sum();
            counts.put(total, count);
            builder.cell(total, count);
            builder.sum(total, parts);
        }
        return total;
    }

    private void sumOverEditions(String measure, String wave) {
        String total = key(measure, PROGRAMME, wave);
        List<String> parts = editions.stream().map(edition -> key(measure, edition, wave)).filter(this::has).toList();
        if (has(total) && !parts.isEmpty()) {
            builder.sum(total, parts);
        }
    }

    private void share(String numerator, String denominator) {
        if (has(numerator) && has(denominator)) {
            builder.share(numerator, denominator);
        }
    }

    /** A part of a total shown without its share: the rest (total − part) is a latent count, protected too. */
    private void nested(String total, String part) {
        if (has(total) && has(part)) {
            String rest = "rest(" + part + " of " + total + ")";
            builder.latent(rest, Math.max(0, counts.get(total) - counts.get(part)));
            builder.sum(total, List.of(part, rest));
        }
    }

    private boolean has(String key) {
        return counts.containsKey(key);
    }

    private TableSpec funnel() {
        return new TableSpec("funnel", "report.table.funnel", List.of(
                countRow("referred", ""), countRow("enrolled", ""), countRow("completed", ""),
                shareRow("report.row.completed-share", "", column -> shareSlot(key("completed", column, ""), key("enrolled", column, ""))),
                countRow("business_active", "")));
    }

    private TableSpec response() {
        List<RowSpec> rows = new ArrayList<>();
        for (String wave : waves) {
            rows.add(new RowSpec("report.row.enrolled", wave, columns.stream()
                    .map(column -> has(key("responders", column, wave)) ? slot(enrolled(column, wave)) : Slot.ABSENT).toList()));
            rows.add(countRow("responders", wave));
            rows.add(shareRow("report.row.response-rate", wave,
                    column -> shareSlot(key("responders", column, wave), has(key("responders", column, wave)) ? enrolled(column, wave) : "")));
        }
        return new TableSpec("response", "report.table.response", rows);
    }

    private TableSpec integration() {
        List<RowSpec> rows = new ArrayList<>();
        for (String wave : waves) {
            rows.add(countRow("answering", wave));
            for (String measure : List.of("level=0", "level=1", "level=2", "integrated")) {
                rows.add(countRow(measure, wave));
                rows.add(shareRow("report.row.share." + measure.replace('=', '-'), wave, column -> shareSlot(key(measure, column, wave), key("answering", column, wave))));
            }
        }
        return new TableSpec("integration", "report.table.integration", rows);
    }

    private TableSpec intention() {
        List<RowSpec> rows = new ArrayList<>();
        for (String pair : pairs) {
            rows.add(countRow("asked", pair));
            rows.add(countRow("interested", pair));
            rows.add(shareRow("report.row.share.interested", pair, column -> shareSlot(key("interested", column, pair), key("asked", column, pair))));
            rows.add(countRow("followed", pair));
            rows.add(countRow("acted", pair));
            rows.add(shareRow("report.row.share.acted", pair, column -> shareSlot(key("acted", column, pair), key("followed", column, pair))));
        }
        return new TableSpec("intention", "report.table.intention", rows);
    }

    private TableSpec survival() {
        return new TableSpec("survival", "report.table.survival", List.of(countRow("launched", ""), countRow("active", ""),
                shareRow("report.row.share.active", "", column -> shareSlot(key("active", column, ""), key("launched", column, "")))));
    }

    private TableSpec collaboration() {
        return new TableSpec("collaboration", "report.table.collaboration", List.of(countRow("participants", ""), countRow("with_tie", ""),
                shareRow("report.row.share.with_tie", "", column -> shareSlot(key("with_tie", column, ""), key("participants", column, ""))),
                countRow("ties", "")));
    }

    private RowSpec countRow(String measure, String wave) {
        return new RowSpec("report.row." + measure.replace('=', '-'), wave, columns.stream().map(column -> slot(key(measure, column, wave))).toList());
    }

    private RowSpec shareRow(String labelKey, String wave, Function<String, Slot> slot) {
        return new RowSpec(labelKey, wave, columns.stream().map(slot).toList());
    }

    private Slot slot(String key) {
        return has(key) ? Slot.count(key) : Slot.ABSENT;
    }

    private Slot shareSlot(String numerator, String denominator) {
        return has(numerator) && has(denominator) ? Slot.share(new Share(numerator, denominator)) : Slot.ABSENT;
    }

    private String asOf() {
        return String.join("; ", rows.stream().map(MetricValue::inputVersions).filter(Objects::nonNull).collect(
                java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    private Instant computedAt() {
        return rows.stream().map(MetricValue::computedAt).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private void put(String measure, String column, String wave, Double value) {
        if (value != null) {
            counts.put(key(measure, column, wave), Math.round(value));
        }
    }

    private static double value(Double value) {
        return value == null ? 0 : value;
    }

    private java.util.Optional<MetricValue> find(String metric, String edition, String wave, String groupKey) {
        return rows.stream().filter(row -> row.metricId().equals(metric) && row.editionId().equals(edition) && row.wave().equals(wave)
                && row.groupKey().equals(groupKey)).findFirst();
    }

    private static List<String> distinct(List<MetricValue> rows, String metric, Function<MetricValue, String> wave) {
        return rows.stream().filter(row -> row.metricId().equals(metric)).map(wave).filter(Objects::nonNull)
                .filter(value -> !value.isEmpty()).distinct().sorted(Comparator.comparing(ProgrammeCounts::waveOrder)).toList();
    }

    private static String waveOrder(String wave) {
        return wave.replaceAll("\\D+", " ").trim();
    }
}
