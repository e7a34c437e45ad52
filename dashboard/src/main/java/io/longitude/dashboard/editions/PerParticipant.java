package io.longitude.dashboard.editions;

import io.longitude.core.metrics.MetricValue;
import java.util.regex.Pattern;

/**
 * Recognises the metric rows about one participant (M11 {@code degree|<key>}, {@code betweenness|<key>},
 * {@code brokerage_total|<key>}): their group_key names a pseudonymous participant key, which no manager's or funder's
 * page or JSON shows.
 */
public final class PerParticipant {
    /** A part of a group_key that is a participant key: 32 hex digits or more (the keys are 64). */
    private static final Pattern KEY = Pattern.compile("(^|\\|)[0-9a-fA-F]{32,}($|\\|)");

    private PerParticipant() {}

    public static boolean row(MetricValue row) {
        return KEY.matcher(row.groupKey()).find();
    }
}
