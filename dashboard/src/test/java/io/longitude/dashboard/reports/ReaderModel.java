package io.longitude.dashboard.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attacker's knowledge of a funder report's structure, written from the definitions (docs/domain.md, docs/metrics.md)
 * and kept apart from {@link ProgrammeCounts}: the relations every reader knows between the programme's counts, and the
 * sensitive quantities they would like to learn. Keys follow the report's cells ({@code measure|column|wave}); a
 * relation naming a count the report does not have is left out.
 */
final class ReaderModel {
    /** Counts of people at level 0 at a wave: the "not integrated" category. */
    static final Set<String> SENSITIVE_MEASURES = Set.of("level=0");

    /** A quantity the reader must not pin when it is 1..k−1: a count, or a difference of two. */
    record Quantity(String name, Map<String, Integer> terms, long truth) {}

    final List<Map<String, Integer>> equations = new ArrayList<>();
    final List<Map<String, Integer>> inequalities = new ArrayList<>();
    final List<Quantity> sensitive = new ArrayList<>();
    private final Map<String, Long> truth;

    ReaderModel(Map<String, Long> truth, List<String> editions) {
        this.truth = Map.copyOf(truth);
        List<String> columns = new ArrayList<>(editions);
        columns.add("all");
        Set<String> waves = new TreeSet<>();
        Set<String> pairs = new TreeSet<>();
        for (String key : truth.keySet()) {
            String[] parts = key.split("\\|");
            if (parts.length == 3 && parts[2].matches("W\\d+")) {
                waves.add(parts[2]);
            } else if (parts.length == 3 && parts[2].matches("W\\d+>W\\d+")) {
                pairs.add(parts[2]);
            }
        }
        for (String measure : List.of("referred", "enrolled", "completed", "business_active", "launched", "active")) {
            sum(
                    key(measure, "all", ""),
                    editions.stream().map(edition -> key(measure, edition, "")).toList());
        }
        // Session feedback, counted in answers: each count is the sum of its editions', each part at most its whole,
        // every answered question at most the feedback given (an answered count equal to it is not published).
        List<String> feedback = List.of(
                "sessions_attended",
                "feedback_given",
                "rated_usefulness",
                "rated_useful",
                "rated_clarity",
                "rated_clear",
                "answered_recommend",
                "would_recommend");
        for (String measure : feedback) {
            sum(
                    key(measure, "all", ""),
                    editions.stream().map(edition -> key(measure, edition, "")).toList());
        }
        for (String column : columns) {
            String given = key("feedback_given", column, "");
            atMost(given, key("sessions_attended", column, ""));
            for (String[] pair : new String[][] {
                {"rated_useful", "rated_usefulness"},
                {"rated_clear", "rated_clarity"},
                {"would_recommend", "answered_recommend"}
            }) {
                String answered = key(pair[1], column, "");
                atMost(key(pair[0], column, ""), truth.containsKey(answered) ? answered : given);
                atMost(answered, given);
            }
        }
        for (String wave : waves) {
            for (String measure : List.of("responders", "answering", "level=0", "level=1", "level=2", "integrated")) {
                sum(
                        key(measure, "all", wave),
                        editions.stream()
                                .map(edition -> key(measure, edition, wave))
                                .toList());
            }
        }
        for (String column : columns) {
            String enrolled = key("enrolled", column, "");
            atMost(enrolled, key("referred", column, ""));
            atMost(key("completed", column, ""), enrolled);
            atMost(key("business_active", column, ""), enrolled);
            atMost(key("active", column, ""), key("launched", column, ""));
            sum(key("business_active", column, ""), List.of(key("active", column, "")));
            atMost(key("launched", column, ""), enrolled);
            atMost(
                    key("with_tie", column, ""),
                    truth.containsKey(key("participants", column, "")) && column.equals("all")
                            ? key("participants", column, "")
                            : enrolled);
            for (String wave : waves) {
                String answering = key("answering", column, wave);
                sum(
                        answering,
                        List.of(
                                key("level=0", column, wave),
                                key("level=1", column, wave),
                                key("level=2", column, wave)));
                sum(
                        key("integrated", column, wave),
                        List.of(key("level=1", column, wave), key("level=2", column, wave)));
                atMost(answering, key("responders", column, wave));
                String reached = column.equals("all") && truth.containsKey(key("enrolled", "all", wave))
                        ? key("enrolled", "all", wave)
                        : enrolled;
                atMost(key("responders", column, wave), reached);
                quantity("level 0 " + column + " " + wave, Map.of(key("level=0", column, wave), 1));
            }
            quantity("dropped out " + column, Map.of(enrolled, 1, key("completed", column, ""), -1));
            quantity("stopped " + column, Map.of(key("launched", column, ""), 1, key("active", column, ""), -1));
        }
        for (String column : columns) {
            for (String pair : pairs) {
                String[] both = pair.split(">");
                atMost(key("asked", column, pair), key("level=0", column, both[0]));
                atMost(key("interested", column, pair), key("asked", column, pair));
                atMost(key("followed", column, pair), key("interested", column, pair));
                atMost(key("acted", column, pair), key("followed", column, pair));
                atMost(key("followed", column, pair), key("answering", column, both[1]));
                atMost(key("acted", column, pair), key("integrated", column, both[1]));
                if (column.equals("all")) {
                    sum(
                            key("asked", "all", pair),
                            editions.stream()
                                    .map(edition -> key("asked", edition, pair))
                                    .toList());
                    for (String measure : List.of("interested", "followed", "acted")) {
                        sum(
                                key(measure, "all", pair),
                                editions.stream()
                                        .map(edition -> key(measure, edition, pair))
                                        .toList());
                    }
                }
            }
        }
    }

    static String key(String measure, String column, String wave) {
        return wave.isEmpty() ? measure + "|" + column : measure + "|" + column + "|" + wave;
    }

    private void sum(String total, List<String> parts) {
        List<String> present = parts.stream().filter(truth::containsKey).toList();
        if (!truth.containsKey(total) || present.isEmpty()) {
            return;
        }
        Map<String, Integer> terms = new LinkedHashMap<>();
        terms.put(total, 1);
        present.forEach(part -> terms.merge(part, -1, Integer::sum));
        check(terms, true);
        equations.add(terms);
    }

    private void atMost(String part, String total) {
        if (truth.containsKey(part) && truth.containsKey(total) && !part.equals(total)) {
            Map<String, Integer> terms = Map.of(total, 1, part, -1);
            check(terms, false);
            inequalities.add(terms);
        }
    }

    private void quantity(String name, Map<String, Integer> terms) {
        if (terms.keySet().stream().allMatch(truth::containsKey)) {
            long value = terms.entrySet().stream()
                    .mapToLong(term -> term.getValue() * truth.get(term.getKey()))
                    .sum();
            sensitive.add(new Quantity(name, terms, value));
        }
    }

    private void check(Map<String, Integer> terms, boolean equal) {
        long value = terms.entrySet().stream()
                .mapToLong(term -> term.getValue() * truth.get(term.getKey()))
                .sum();
        if (equal ? value != 0 : value < 0) {
            throw new AssertionError(
                    "The reader's relation " + terms + " does not hold on the true counts (" + value + ")");
        }
    }
}
