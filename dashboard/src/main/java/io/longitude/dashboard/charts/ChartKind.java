package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricDefinition;
import java.util.Arrays;
import java.util.Optional;

/** The charts of the edition page, each drawn from one metric family. */
public enum ChartKind {
    FUNNEL("funnel", MetricCatalogue.FUNNEL),
    RESPONSE_RATE("response-rate", MetricCatalogue.RESPONSE),
    INTEGRATION("integration", MetricCatalogue.INTEGRATION),
    NETWORK("network", MetricCatalogue.NETWORK);

    private final String slug;
    private final MetricDefinition metric;

    ChartKind(String slug, MetricDefinition metric) {
        this.slug = slug;
        this.metric = metric;
    }

    /** The chart's name in URLs, e.g. {@code response-rate}. */
    public String slug() {
        return slug;
    }

    public MetricDefinition metric() {
        return metric;
    }

    public static Optional<ChartKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
