package io.longitude.core.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The parser of the {@code group_key} column: the one place where its text is read back into a {@link GroupKey}. */
public final class GroupKeys {
    /** The families in the order they are tried: the more specific first, {@link GroupKey.Pair} last. */
    private static final List<Function<String, Optional<GroupKey>>> FAMILIES = List.of(
            GroupKey.Level::parse,
            GroupKey.Transition::parse,
            GroupKey.Agreement::parse,
            GroupKey.SurvivalStep::parse,
            GroupKey.SurvivalAt::parse,
            GroupKey.Band::parse,
            GroupKey.Versus::parse,
            GroupKey.Brokerage::parse,
            GroupKey.Rank::parse,
            GroupKey.Item::parse,
            GroupKey.Feedback::parse);

    private GroupKeys() {}

    /** The key of a row of the metric; M1's two parts are a {@link GroupKey.FunnelStage}. */
    public static GroupKey parse(String metricId, String text) {
        Objects.requireNonNull(metricId, "metricId is null");
        Objects.requireNonNull(text, "text is null");
        if (metricId.equals(MetricCatalogue.FUNNEL.id())) {
            return GroupKey.FunnelStage.parse(text).or(() -> label(text)).orElseThrow(() -> unknown(metricId, text));
        }
        for (Function<String, Optional<GroupKey>> family : FAMILIES) {
            Optional<GroupKey> key = family.apply(text);
            if (key.isPresent()) {
                return key.get();
            }
        }
        return GroupKey.Pair.parse(text).or(() -> label(text)).orElseThrow(() -> unknown(metricId, text));
    }

    private static Optional<GroupKey> label(String text) {
        return text.isEmpty() || text.contains(GroupKey.SEPARATOR)
                ? Optional.empty()
                : Optional.of(new GroupKey.Label(text));
    }

    private static IllegalArgumentException unknown(String metricId, String text) {
        return new IllegalArgumentException(
                "Cannot read group key of " + metricId + ", no family has this form: '" + text + "'");
    }

    /** A part of a key: not empty, no separator. */
    static String part(String value, String what) {
        if (value == null || value.isEmpty() || value.contains(GroupKey.SEPARATOR)) {
            throw new IllegalArgumentException("Cannot build group key, " + what + " is empty or holds '|': " + value);
        }
        return value;
    }
}
