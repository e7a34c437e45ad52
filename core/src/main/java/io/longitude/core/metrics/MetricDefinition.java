package io.longitude.core.metrics;

import io.longitude.core.instrument.Labels;
import java.util.Objects;

/**
 * A metric of the catalogue (docs/domain.md, "Metric catalogue").
 *
 * @param id M1 to M17
 * @param name the name in nl, fr and en, used by the dashboard
 * @param unit what the main value measures
 * @param description formula and denominator, in English
 */
public record MetricDefinition(String id, Labels name, MetricUnit unit, String description) {
    public MetricDefinition {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(description, "description is null");
        if (!id.matches("M\\d{1,2}")) {
            throw new IllegalArgumentException("Cannot define metric, id must be M followed by a number: " + id);
        }
    }
}
