package io.longitude.dashboard.validation;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.GroupKeys;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A published estimator with a true value: which metric rows it scores (metric id and the typed group keys it takes)
 * and the true value for a row's wave, read from the programme's truth.json.
 *
 * @param name how the study's tables name it
 * @param metricId the metric, {@code M2}
 * @param keys the group keys of the rows it scores
 * @param truth the true value from the truth and the wave number of the row (the later wave of a pair), if any
 */
record Estimand(
        String name, String metricId, Predicate<GroupKey> keys, BiFunction<Truth, Integer, Optional<Double>> truth) {
    static final List<String> STAFF_ITEMS =
            List.of("staff_sd_in_support", "staff_sd_confidence", "staff_sd_tools", "staff_sd_organisation");

    /** Every estimator the study scores. */
    static final List<Estimand> ALL = all();

    boolean matches(String metric, String key) {
        return metricId.equals(metric) && keys.test(GroupKeys.parse(metric, key));
    }

    /** The wave number a row's wave names: the later of a pair ({@code W0>W2} is 2), -1 when none. */
    static int waveNumber(String wave) {
        if (wave.isEmpty()) {
            return -1;
        }
        return wave.charAt(wave.length() - 1) - '0';
    }

    private static List<Estimand> all() {
        List<Estimand> estimands = new java.util.ArrayList<>(List.of(
                exact(
                        "M1 enrolled of referred",
                        MetricCatalogue.FUNNEL.id(),
                        new GroupKey.FunnelStage("all", "enrolled"),
                        (truth, wave) -> 1 - truth.number("referred_only_share")),
                exact(
                        "M2 response rate",
                        MetricCatalogue.RESPONSE.id(),
                        new GroupKey.Label("response_rate"),
                        (truth, wave) -> truth.at("expected_response_rate_by_wave", wave)),
                exact(
                        "M3 share at level 0",
                        MetricCatalogue.INTEGRATION.id(),
                        GroupKey.Level.of(0),
                        (truth, wave) -> truth.at("expected_level_shares_w" + wave, 0)),
                exact(
                        "M3 share at level 2",
                        MetricCatalogue.INTEGRATION.id(),
                        GroupKey.Level.of(2),
                        (truth, wave) -> truth.at("expected_level_shares_w" + wave, 2)),
                exact(
                        "M3 share at level 0, weighted",
                        MetricCatalogue.INTEGRATION.id(),
                        new GroupKey.Level(0, true),
                        (truth, wave) -> truth.at("expected_level_shares_w" + wave, 0)),
                exact(
                        "M3 share at level 2, weighted",
                        MetricCatalogue.INTEGRATION.id(),
                        new GroupKey.Level(2, true),
                        (truth, wave) -> truth.at("expected_level_shares_w" + wave, 2)),
                transition(0, 1, "up from not integrated"),
                transition(1, 2, "up from generally integrated"),
                transition(1, 0, "down from generally integrated"),
                transition(2, 1, "down from fully integrated"),
                exact(
                        "M5 paired difference, integrated",
                        MetricCatalogue.PRE_POST.id(),
                        new GroupKey.Pair("paired_difference", "level>=1"),
                        (truth, wave) -> truth.at("expected_paired_difference_integrated_by_wave", wave)),
                exact(
                        "M6 unconscious integrators",
                        MetricCatalogue.UNCONSCIOUS.id(),
                        new GroupKey.Label("unconscious_integrators"),
                        (truth, wave) -> truth.number("expected_unconscious_integrators_w0")),
                exact(
                        "M7 interested at level 0",
                        MetricCatalogue.INTENTION.id(),
                        new GroupKey.Label("interested"),
                        (truth, wave) -> truth.number("interested_share_at_level_0")),
                exact(
                        "M7 acted when interested",
                        MetricCatalogue.INTENTION.id(),
                        new GroupKey.Label("acted"),
                        (truth, wave) -> truth.at("expected_acted_by_wave", wave)),
                exact(
                        "M8 survival at 12 months",
                        MetricCatalogue.SURVIVAL.id(),
                        new GroupKey.SurvivalAt(12),
                        (truth, wave) -> truth.number("expected_business_survival_12_months")),
                exact(
                        "M9 dose slope, coach-confirmed",
                        MetricCatalogue.DOSE.id(),
                        new GroupKey.Pair("slope_up_per_session", "coach_confirmed"),
                        (truth, wave) -> truth.number("attendance_effect_per_session")),
                exact(
                        "M9 dose slope, all",
                        MetricCatalogue.DOSE.id(),
                        new GroupKey.Label("slope_up_per_session"),
                        (truth, wave) -> truth.number("attendance_effect_per_session")),
                new Estimand(
                        "M10 response rate vs previous edition",
                        MetricCatalogue.EDITIONS.id(),
                        versus("response_rate"),
                        (truth, wave) -> Optional.of(0.0)),
                new Estimand(
                        "M10 integrated vs previous edition",
                        MetricCatalogue.EDITIONS.id(),
                        versus("integrated"),
                        (truth, wave) -> Optional.of(0.0)),
                exact(
                        "M15 difference in differences, integrated",
                        MetricCatalogue.COMPARISON.id(),
                        new GroupKey.Pair("did", "integrated"),
                        (truth, wave) -> truth.at("expected_did_integrated_by_wave", wave))));
        for (int item = 0; item < STAFF_ITEMS.size(); item++) {
            int index = item;
            estimands.add(exact(
                    "M14 " + STAFF_ITEMS.get(item),
                    MetricCatalogue.STAFF.id(),
                    new GroupKey.Item(STAFF_ITEMS.get(item)),
                    (truth, wave) -> truth.at("expected_staff_item_means_w" + wave, index)));
        }
        return List.copyOf(estimands);
    }

    /** M4's row share from one level to another, for the pair of waves ending at the row's wave. */
    private static Estimand transition(int from, int to, String words) {
        return exact(
                "M4 " + words,
                MetricCatalogue.TRANSITIONS.id(),
                new GroupKey.Transition(from, to),
                (truth, wave) -> truth.at("expected_transition_shares_w" + (wave - 1) + "_w" + wave, 3 * from + to));
    }

    private static Estimand exact(
            String name, String metricId, GroupKey key, BiFunction<Truth, Integer, Double> truth) {
        return new Estimand(
                name, metricId, key::equals, (values, wave) -> Optional.of(truth.apply(values, Math.max(wave, 0))));
    }

    /** A measure of M10 against whichever edition. */
    private static Predicate<GroupKey> versus(String measure) {
        return key -> key instanceof GroupKey.Versus versus && versus.measure().equals(measure);
    }
}
