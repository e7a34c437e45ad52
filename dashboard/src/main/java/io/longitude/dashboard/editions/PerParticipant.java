package io.longitude.dashboard.editions;

import io.longitude.core.metrics.MetricValue;

/**
 * Recognises the metric rows about one participant (M11 {@code degree|<key>}, {@code betweenness|<key>},
 * {@code brokerage_total|<key>}): their group_key names a pseudonymous participant key, which no manager's or funder's
 * page or JSON shows.
 */
public final class PerParticipant {
    private PerParticipant() {}

    public static boolean row(MetricValue row) {
        return row.key().namesParticipant();
    }
}
