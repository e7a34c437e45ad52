package io.longitude.dashboard.reports;

import io.longitude.core.disclosure.CountSystem;
import io.longitude.core.disclosure.LinearRelation;
import io.longitude.core.disclosure.Share;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricDefinition;
import io.longitude.core.metrics.MetricValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The counts a funder may see about one programme, taken from its metric rows: per edition and for the programme
 * (the sum of its editions), the funnel (M1), responders per wave (M2), integration levels per wave (M3, complete
 * case), businesses launched and still active (M8) and collaboration (M11); intention to action (M7) is not
 * published to funders. Every count, and every relation a reader knows between them, goes into one {@link CountSystem}, whichever
 * page shows it, so suppression holds across the portfolio, the report and its exports. Each quantity is published
 * once, under one name: the enrolled candidates are the funnel's row, the response rate's denominator and the network's
 * participants alike. Only counts and shares of counts: no statistic that a small cell could hide in (Kaplan–Meier
 * curves, means, intervals) reaches a funder.
 *
 * <p>The relations (docs/disclosure.md): the programme is the sum of its editions (not for the network, whose
 * programme graph also has ties across editions); levels 0 + 1 + 2 = answering; integrated = levels 1 + 2; launched =
 * active + stopped; enrolled = completed + dropped out; and the order of the funnel and of each wave: completed ≤
 * enrolled ≤ referred, business active ≤ enrolled, answering ≤ responders ≤ enrolled, acted ≤ followed ≤ interested ≤
 * asked ≤ level 0 at the earlier wave, followed ≤ answering and acted ≤ integrated at the later one, with a tie ≤
 * enrolled. A relation enters only where it holds on the counts (it always does unless the metric table is damaged).
 */
final class ProgrammeCounts {
    /** The column (and key part) of programme totals. */
    static final String PROGRAMME = "all";

    private static final List<String> LEVELS = List.of("level=0", "level=1", "level=2");
    /**
     * The session feedback's counts (M16), each the numerator or denominator of one of its edition rows: attended
     * sessions and those with feedback, answers rating usefulness and clarity and those of 4 or 5, answers about
     * recommending and the yes. Counts of answers, not of people: a participant answers several sessions.
     */
    private static final Map<String, List<String>> FEEDBACK = new java.util.LinkedHashMap<>();

    /** The answers to each feedback question, each at most the feedback given. */
    private static final List<String> ANSWERED = List.of("rated_usefulness", "rated_clarity", "answered_recommend");

    static {
        FEEDBACK.put("response", List.of("feedback_given", "sessions_attended"));
        FEEDBACK.put("useful", List.of("rated_useful", "rated_usefulness"));
        FEEDBACK.put("clear", List.of("rated_clear", "rated_clarity"));
        FEEDBACK.put("recommend", List.of("would_recommend", "answered_recommend"));
    }

    private final String programmeId;
    private final List<String> editions;
    private final List<String> columns;
    private final List<String> waves;
    private final List<String> pairs;
    private final Set<SensitiveCategory> sensitive;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final CountSystem.Builder builder = CountSystem.builder();
    private final Set<String> published = new java.util.HashSet<>();
    private final List<MetricValue> rows;

    private ProgrammeCounts(
            String programmeId, List<String> editions, List<MetricValue> rows, Set<SensitiveCategory> sensitive) {
        this.programmeId = programmeId;
        this.editions = List.copyOf(editions);
        List<String> all = new ArrayList<>();
        all.add(PROGRAMME);
        all.addAll(editions);
        // The programme first: a funder reads the programme's figures before the editions'.
        this.columns = List.copyOf(all);
        this.rows = rows.stream()
                .filter(row -> row.programmeId().equals(programmeId))
                .toList();
        this.waves = distinct(
                this.rows, MetricCatalogue.RESPONSE.id(), row -> row.wave().contains(">") ? null : row.wave());
        this.pairs = distinct(this.rows, MetricCatalogue.INTENTION.id(), MetricValue::wave);
        this.sensitive = Set.copyOf(sensitive);
    }

    /** The figures with the default sensitive categories. */
    static Figures of(String programmeId, List<String> editions, List<MetricValue> rows) {
        return of(programmeId, editions, rows, SensitiveCategory.defaults());
    }

    /**
     * @param programmeId the programme
     * @param editions its edition ids, in order
     * @param rows its metric rows (edition and programme rows; rows of other programmes are ignored)
     * @param sensitive the categories whose small counts are protected
     */
    static Figures of(
            String programmeId, List<String> editions, List<MetricValue> rows, Set<SensitiveCategory> sensitive) {
        ProgrammeCounts counts = new ProgrammeCounts(programmeId, editions, rows, sensitive);
        counts.read();
        return counts.figures();
    }

    static String key(String measure, String column, String wave) {
        return wave.isEmpty() ? measure + "|" + column : measure + "|" + column + "|" + wave;
    }

    /** The column part of a key: an edition or {@link #PROGRAMME}. */
    static String column(String key) {
        return key.split("\\|")[1];
    }

    /** What a measure counts: {@code ties}, {@code answers} (the session feedback's) or {@code people}. */
    static String unit(String measure) {
        if (measure.equals("ties")) {
            return "ties";
        }
        return FEEDBACK.values().stream().anyMatch(parts -> parts.contains(measure)) ? "answers" : "people";
    }

    /** The part of a key before its first "|": the measure. */
    static String measure(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    private void read() {
        for (String edition : editions) {
            for (String stage : List.of("referred", "enrolled", "completed", "business_active")) {
                find(MetricCatalogue.FUNNEL, edition, "", new GroupKey.FunnelStage("all", stage))
                        .ifPresent(row -> put(stage, edition, "", row.numerator()));
            }
            for (String wave : waves) {
                find(MetricCatalogue.RESPONSE, edition, wave, new GroupKey.Label("response_rate"))
                        .ifPresent(row -> {
                            put("responders", edition, wave, row.numerator());
                            if (!counts.containsKey(key("enrolled", edition, ""))) {
                                put("enrolled", edition, "", row.denominator());
                            }
                        });
                for (String level : LEVELS) {
                    find(MetricCatalogue.INTEGRATION, edition, wave, GroupKey.Level.of(LEVELS.indexOf(level)))
                            .ifPresent(row -> {
                                put(level, edition, wave, row.numerator());
                                put("answering", edition, wave, row.denominator());
                            });
                }
            }
            for (String pair : pairs) {
                find(MetricCatalogue.INTENTION, edition, pair, new GroupKey.Label("interested"))
                        .ifPresent(row -> {
                            put("interested", edition, pair, row.numerator());
                            put("asked", edition, pair, row.denominator());
                        });
                find(MetricCatalogue.INTENTION, edition, pair, new GroupKey.Label("acted"))
                        .ifPresent(row -> {
                            put("acted", edition, pair, row.numerator());
                            put("followed", edition, pair, row.denominator());
                        });
            }
            List<MetricValue> survival = rows.stream()
                    .filter(row -> row.is(MetricCatalogue.SURVIVAL)
                            && row.editionId().equals(edition)
                            && (row.key() instanceof GroupKey.SurvivalStep || row.key() instanceof GroupKey.SurvivalAt))
                    .toList();
            if (!survival.isEmpty()) {
                long launched = survival.get(0).n();
                long stopped = survival.stream()
                        .filter(row -> row.key() instanceof GroupKey.SurvivalStep)
                        .mapToLong(row -> Math.round(value(row.numerator())))
                        .sum();
                counts.put(key("launched", edition, ""), launched);
                counts.put(key("active", edition, ""), Math.max(0, launched - stopped));
            }
            FEEDBACK.forEach((measure, parts) -> find(
                            MetricCatalogue.FEEDBACK, edition, "", GroupKey.Feedback.all(measure))
                    .ifPresent(row -> {
                        put(parts.get(0), edition, "", row.numerator());
                        put(parts.get(1), edition, "", row.denominator());
                    }));
            find(MetricCatalogue.NETWORK, edition, "", new GroupKey.Label("share_with_tie"))
                    .ifPresent(row -> put("with_tie", edition, "", row.numerator()));
            find(MetricCatalogue.NETWORK, edition, "", new GroupKey.Label("ties"))
                    .ifPresent(row -> put("ties", edition, "", row.value()));
        }
        find(MetricCatalogue.NETWORK, "", "", new GroupKey.Label("share_with_tie"))
                .ifPresent(row -> {
                    put("with_tie", PROGRAMME, "", row.numerator());
                    put("participants", PROGRAMME, "", row.denominator());
                });
        find(MetricCatalogue.NETWORK, "", "", new GroupKey.Label("ties"))
                .ifPresent(row -> put("ties", PROGRAMME, "", row.value()));
    }

    private Figures figures() {
        for (String measure : List.of("referred", "enrolled", "completed", "business_active", "launched", "active")) {
            total(measure, "");
        }
        FEEDBACK.values().forEach(parts -> parts.forEach(measure -> total(measure, "")));
        // Where every feedback answered a question, those answering it are the feedback given: one quantity, published
        // once (as the feedback given).
        for (String answered : ANSWERED) {
            for (String column : columns) {
                if (Objects.equals(
                        counts.get(key(answered, column, "")), counts.get(key("feedback_given", column, "")))) {
                    counts.remove(key(answered, column, ""));
                }
            }
        }
        for (String wave : waves) {
            for (String measure : List.of("responders", "answering", "level=0", "level=1", "level=2")) {
                total(measure, wave);
            }
            for (String column : columns) {
                if (has(key("level=1", column, wave)) && has(key("level=2", column, wave))) {
                    counts.put(
                            key("integrated", column, wave),
                            counts.get(key("level=1", column, wave)) + counts.get(key("level=2", column, wave)));
                }
            }
        }
        for (String pair : pairs) {
            for (String measure : List.of("asked", "interested", "followed", "acted")) {
                total(measure, pair);
            }
        }
        // The network's programme participants are the programme's enrolled candidates unless a candidate enrolled
        // twice: one quantity, published once.
        if (Objects.equals(
                counts.get(key("participants", PROGRAMME, "")), counts.get(key("enrolled", PROGRAMME, "")))) {
            counts.remove(key("participants", PROGRAMME, ""));
        }
        counts.forEach((key, count) -> {
            if (published(key)) {
                builder.cell(key, count, sensitive(key));
                published.add(key);
            } else {
                builder.latent(key, count, sensitive(key));
            }
        });
        relations();
        List<TableSpec> tables = List.of(funnel(), response(), integration(), survival(), collaboration(), feedback());
        return new Figures(programmeId, editions, waves, builder.build(), tables, asOf(), computedAt(), sensitive);
    }

    /**
     * Per edition, integration is published as those answering, those integrated and those integrated in the core
     * business; levels 0 and 1 for the programme only (per edition they follow by subtraction, where a reader may).
     * Intention to action is not published to funders: a published programme count of those asked about interest, with
     * what a reader knows of the editions' (each at most the edition's level 0), gave back an edition's small level-0
     * count in the audit, and protecting it with every relation hid 42 % of the demo's report. Managers see it on the
     * edition pages. An unpublished count stays in the system as a latent cell, so what can be subtracted is protected.
     */
    private boolean published(String key) {
        String measure = measure(key);
        boolean programme = key.contains("|" + PROGRAMME + "|") || key.endsWith("|" + PROGRAMME);
        if (List.of("asked", "interested", "followed", "acted").contains(measure)) {
            return false;
        }
        if (List.of("level=0", "level=1").contains(measure)) {
            return programme;
        }
        // "Business active at the latest response" (M1) is the businesses still active (M8) under another name: one
        // quantity, published once, in the businesses table.
        return !measure.equals("business_active") || !counts.containsKey(key("active", column(key), ""));
    }

    private boolean sensitive(String key) {
        return switch (measure(key)) {
            case "level=0" -> sensitive.contains(SensitiveCategory.NOT_INTEGRATED);
            default -> false;
        };
    }

    /** The programme's count as the sum of its editions' (over the editions that have it). */
    private void total(String measure, String wave) {
        List<String> parts = editions.stream()
                .map(edition -> key(measure, edition, wave))
                .filter(counts::containsKey)
                .toList();
        if (!parts.isEmpty()) {
            counts.put(
                    key(measure, PROGRAMME, wave),
                    parts.stream().mapToLong(counts::get).sum());
        }
    }

    private void relations() {
        for (String measure : List.of("referred", "enrolled", "completed", "business_active", "launched", "active")) {
            sumOverEditions(measure, "");
        }
        FEEDBACK.values().forEach(parts -> parts.forEach(measure -> sumOverEditions(measure, "")));
        for (String wave : waves) {
            for (String measure : List.of("responders", "answering", "level=0", "level=1", "level=2", "integrated")) {
                sumOverEditions(measure, wave);
            }
        }
        for (String column : columns) {
            String enrolled = key("enrolled", column, "");
            atMost(enrolled, key("referred", column, ""));
            atMost(key("completed", column, ""), enrolled);
            atMost(key("business_active", column, ""), enrolled);
            rest("dropped_out", column, enrolled, key("completed", column, ""), SensitiveCategory.DROPPED_OUT);
            rest("not_enrolled", column, key("referred", column, ""), enrolled, SensitiveCategory.NOT_ENROLLED);
            rest(
                    "no_active_business",
                    column,
                    enrolled,
                    key("business_active", column, ""),
                    SensitiveCategory.NO_ACTIVE_BUSINESS);
            share(key("completed", column, ""), enrolled);
            for (String wave : waves) {
                String answering = key("answering", column, wave);
                String responders = key("responders", column, wave);
                if (has(answering)) {
                    sum(
                            answering,
                            LEVELS.stream()
                                    .map(level -> key(level, column, wave))
                                    .toList());
                    sum(
                            key("integrated", column, wave),
                            List.of(key("level=1", column, wave), key("level=2", column, wave)));
                    for (String measure : List.of("level=0", "level=1", "level=2", "integrated")) {
                        share(key(measure, column, wave), answering);
                    }
                }
                atMost(answering, responders);
                atMost(responders, enrolled(column, wave));
                rest(
                        "non_responders",
                        column + "|" + wave,
                        enrolled(column, wave),
                        responders,
                        SensitiveCategory.NON_RESPONSE);
                share(responders, enrolled(column, wave));
            }
            String launched = key("launched", column, "");
            String active = key("active", column, "");
            String businessActive = key("business_active", column, "");
            if (builder.has(businessActive) && builder.has(active)) {
                sum(active, List.of(businessActive));
            }
            atMost(active, launched);
            atMost(launched, enrolled);
            rest("stopped", column, launched, active, SensitiveCategory.BUSINESS_STOPPED);
            share(active, launched);
            String withTie = key("with_tie", column, "");
            String participants = has(key("participants", column, "")) ? key("participants", column, "") : enrolled;
            atMost(withTie, participants);
            atMost(participants, enrolled);
            rest("no_tie", column, participants, withTie, SensitiveCategory.NO_TIE);
            share(withTie, participants);
            for (List<String> parts : FEEDBACK.values()) {
                String base = feedbackBase(parts.get(1), column);
                atMost(key(parts.get(0), column, ""), base);
                share(key(parts.get(0), column, ""), base);
            }
            for (String answered : ANSWERED) {
                atMost(key(answered, column, ""), key("feedback_given", column, ""));
            }
        }
        for (String pair : pairs) {
            for (String measure : List.of("asked", "interested", "followed", "acted")) {
                sumOverEditions(measure, pair);
            }
            String[] both = pair.split(">");
            // Intention is not published: its counts stay latent, and these relations bound nothing a reader sees.
            for (String column : List.of(PROGRAMME)) {
                String asked = key("asked", column, pair);
                String interested = key("interested", column, pair);
                String followed = key("followed", column, pair);
                String acted = key("acted", column, pair);
                atMost(asked, key("level=0", column, both[0]));
                atMost(interested, asked);
                atMost(followed, interested);
                atMost(acted, followed);
                if (both.length == 2) {
                    atMost(followed, key("answering", column, both[1]));
                    atMost(acted, key("integrated", column, both[1]));
                }
            }
            String followed = key("followed", PROGRAMME, pair);
            String acted = key("acted", PROGRAMME, pair);
            rest("not_acted", PROGRAMME + "|" + pair, followed, acted, SensitiveCategory.NOT_ACTED);
            share(key("interested", PROGRAMME, pair), key("asked", PROGRAMME, pair));
            share(acted, followed);
        }
    }

    /**
     * The enrolled candidates behind a wave's response rate: the edition's, or for the programme those of the editions
     * that reached the wave. When some edition has not reached it, that total is a count of its own.
     */
    private String enrolled(String column, String wave) {
        if (!column.equals(PROGRAMME)) {
            return key("enrolled", column, "");
        }
        List<String> reached = editions.stream()
                .filter(edition -> has(key("responders", edition, wave)))
                .toList();
        List<String> enrolled = editions.stream()
                .filter(edition -> has(key("enrolled", edition, "")))
                .toList();
        if (reached.equals(enrolled)) {
            return key("enrolled", PROGRAMME, "");
        }
        String total = key("enrolled", PROGRAMME, wave);
        List<String> parts = reached.stream()
                .map(edition -> key("enrolled", edition, ""))
                .filter(this::has)
                .toList();
        if (!parts.isEmpty() && !builder.has(total)) {
            long count = parts.stream().mapToLong(counts::get).sum();
            counts.put(total, count);
            builder.cell(total, count, false);
            published.add(total);
            builder.sum(total, parts);
        }
        return total;
    }

    private void sumOverEditions(String measure, String wave) {
        String total = key(measure, PROGRAMME, wave);
        List<String> parts = editions.stream()
                .map(edition -> key(measure, edition, wave))
                .filter(builder::has)
                .toList();
        if (builder.has(total) && !parts.isEmpty()) {
            sum(total, parts);
        }
    }

    private void sum(String total, List<String> parts) {
        if (builder.has(total) && parts.stream().allMatch(builder::has)) {
            relation(LinearRelation.sum(total, parts), () -> builder.sum(total, parts));
        }
    }

    private void atMost(String part, String total) {
        if (builder.has(part) && builder.has(total) && !part.equals(total)) {
            relation(LinearRelation.atMost(part, total), () -> builder.atMost(part, total));
        }
    }

    /** Adds the relation where it holds on the counts (a reader can use only true relations). */
    private void relation(LinearRelation relation, Runnable add) {
        if (relation.holds(counts)) {
            add.run();
        }
    }

    /** The latent count total − part of a category, protected when that category is sensitive. */
    private void rest(String name, String where, String total, String part, SensitiveCategory category) {
        if (sensitive.contains(category)
                && builder.has(total)
                && builder.has(part)
                && counts.get(total) >= counts.get(part)) {
            builder.rest(name + "|" + where, total, part, true);
        }
    }

    private void share(String numerator, String denominator) {
        if (published.contains(numerator) && published.contains(denominator)) {
            builder.share(numerator, denominator);
        }
    }

    private boolean has(String key) {
        return counts.containsKey(key);
    }

    private TableSpec funnel() {
        return new TableSpec(
                "funnel",
                "report.table.funnel",
                List.of(
                        countRow("referred", ""),
                        countRow("enrolled", ""),
                        countRow("completed", ""),
                        shareRow(
                                "report.row.completed-share",
                                "",
                                column -> shareSlot(key("completed", column, ""), key("enrolled", column, ""))),
                        countRow("business_active", "")));
    }

    private TableSpec response() {
        List<RowSpec> rows = new ArrayList<>();
        for (String wave : waves) {
            if (!enrolled(PROGRAMME, wave).equals(key("enrolled", PROGRAMME, ""))) {
                rows.add(new RowSpec(
                        "report.row.enrolled-reached",
                        wave,
                        columns.stream()
                                .map(column -> column.equals(PROGRAMME) ? slot(enrolled(PROGRAMME, wave)) : Slot.ABSENT)
                                .toList()));
            }
            rows.add(countRow("responders", wave));
            rows.add(shareRow(
                    "report.row.response-rate",
                    wave,
                    column -> shareSlot(
                            key("responders", column, wave),
                            has(key("responders", column, wave)) ? enrolled(column, wave) : "")));
        }
        return new TableSpec("response", "report.table.response", rows);
    }

    private TableSpec integration() {
        List<RowSpec> rows = new ArrayList<>();
        for (String wave : waves) {
            rows.add(countRow("answering", wave));
            for (String measure : List.of("integrated", "level=2", "level=1", "level=0")) {
                rows.add(countRow(measure, wave));
                rows.add(shareRow(
                        "report.row.share." + measure.replace('=', '-'),
                        wave,
                        column -> shareSlot(key(measure, column, wave), key("answering", column, wave))));
            }
        }
        return new TableSpec("integration", "report.table.integration", rows);
    }

    private TableSpec survival() {
        return new TableSpec(
                "survival",
                "report.table.survival",
                List.of(
                        countRow("launched", ""),
                        countRow("active", ""),
                        shareRow(
                                "report.row.share.active",
                                "",
                                column -> shareSlot(key("active", column, ""), key("launched", column, "")))));
    }

    private TableSpec collaboration() {
        List<RowSpec> rows = new ArrayList<>();
        if (published.contains(key("participants", PROGRAMME, ""))) {
            rows.add(new RowSpec(
                    "report.row.participants",
                    "",
                    columns.stream()
                            .map(column ->
                                    column.equals(PROGRAMME) ? slot(key("participants", PROGRAMME, "")) : Slot.ABSENT)
                            .toList()));
        }
        rows.add(countRow("with_tie", ""));
        rows.add(shareRow(
                "report.row.share.with_tie",
                "",
                column -> shareSlot(
                        key("with_tie", column, ""),
                        published.contains(key("participants", column, ""))
                                ? key("participants", column, "")
                                : key("enrolled", column, ""))));
        rows.add(countRow("ties", ""));
        return new TableSpec("collaboration", "report.table.collaboration", rows);
    }

    /**
     * The session feedback: the sessions attended and the feedback given, then per question the answers of 4 or 5
     * (or yes) and their share of those answering it, with a row of those answering only where some did not.
     */
    private TableSpec feedback() {
        List<RowSpec> rows = new ArrayList<>();
        FEEDBACK.forEach((measure, parts) -> {
            if (!ANSWERED.contains(parts.get(1))
                    || columns.stream().anyMatch(column -> published.contains(key(parts.get(1), column, "")))) {
                rows.add(countRow(parts.get(1), ""));
            }
            rows.add(countRow(parts.get(0), ""));
            rows.add(shareRow(
                    "report.row.share.feedback-" + measure,
                    "",
                    column -> shareSlot(key(parts.get(0), column, ""), feedbackBase(parts.get(1), column))));
        });
        return new TableSpec("feedback", "report.table.feedback", rows);
    }

    /** The answers a feedback share is of: those answering its question, or all feedback given where that is all. */
    private String feedbackBase(String answered, String column) {
        String own = key(answered, column, "");
        return ANSWERED.contains(answered) && !has(own) ? key("feedback_given", column, "") : own;
    }

    private RowSpec countRow(String measure, String wave) {
        return new RowSpec(
                "report.row." + measure.replace('=', '-'),
                wave,
                columns.stream().map(column -> slot(key(measure, column, wave))).toList());
    }

    private RowSpec shareRow(String labelKey, String wave, Function<String, Slot> slot) {
        return new RowSpec(labelKey, wave, columns.stream().map(slot).toList());
    }

    private Slot slot(String key) {
        return published.contains(key) ? Slot.count(key) : Slot.ABSENT;
    }

    private Slot shareSlot(String numerator, String denominator) {
        return published.contains(numerator) && published.contains(denominator)
                ? Slot.share(new Share(numerator, denominator))
                : Slot.ABSENT;
    }

    private String asOf() {
        return String.join(
                "; ",
                rows.stream()
                        .map(MetricValue::inputVersions)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    private Instant computedAt() {
        return rows.stream()
                .map(MetricValue::computedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private void put(String measure, String column, String wave, Double value) {
        if (value != null) {
            counts.put(key(measure, column, wave), Math.round(value));
        }
    }

    private static double value(Double value) {
        return value == null ? 0 : value;
    }

    private Optional<MetricValue> find(MetricDefinition metric, String edition, String wave, GroupKey key) {
        return rows.stream()
                .filter(row -> row.is(metric)
                        && row.editionId().equals(edition)
                        && row.wave().equals(wave)
                        && row.key().equals(key))
                .findFirst();
    }

    private static List<String> distinct(List<MetricValue> rows, String metric, Function<MetricValue, String> wave) {
        return rows.stream()
                .filter(row -> row.metricId().equals(metric))
                .map(wave)
                .filter(Objects::nonNull)
                .filter(value -> !value.isEmpty())
                .distinct()
                .sorted(Comparator.comparing(ProgrammeCounts::waveOrder))
                .toList();
    }

    private static String waveOrder(String wave) {
        return wave.replaceAll("\\D+", " ").trim();
    }
}
