package io.longitude.dashboard.network;

import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.charts.RowFormat;
import io.longitude.dashboard.charts.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table beside the network picture: the edition's M11 rows that describe the whole graph (sizes, density,
 * components, ties across desks and editions), as the analysis wrote them, then the ties per kind counted from the lake
 * (the metric table does not break ties down by kind).
 */
public final class NetworkFacts {
    /** The M11 group keys shown, in this order, with how each is written. */
    static final Map<String, RowFormat> KEYS = orderedKeys();

    private NetworkFacts() {}

    private static Map<String, RowFormat> orderedKeys() {
        Map<String, RowFormat> keys = new java.util.LinkedHashMap<>();
        keys.put("participants", RowFormat.COUNT);
        keys.put("ties", RowFormat.COUNT);
        keys.put("ties_across_editions", RowFormat.COUNT);
        keys.put("ties_across_desks", RowFormat.COUNT);
        keys.put("density", RowFormat.DECIMAL);
        keys.put("mean_degree", RowFormat.MEAN);
        keys.put("share_with_tie", RowFormat.SHARE);
        keys.put("components", RowFormat.COUNT);
        keys.put("largest_component_share", RowFormat.SHARE);
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** The facts of an edition from its metric rows (any metric; only M11 rows without a wave are used). */
    public static List<Fact> of(List<MetricValue> editionRows, EditionNetwork network, Texts texts, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        KEYS.forEach(
                (key, format) -> row(editionRows, key).ifPresent(row -> facts.add(fact(row, format, texts, locale))));
        network.kinds()
                .forEach((kind, count) -> facts.add(new Fact(
                        "kind|" + kind,
                        texts.get("network-map.ties-of-kind") + ": " + texts.get("network-map.kind." + kind),
                        Long.toString(count),
                        Long.toString(count),
                        "ok",
                        "")));
        return facts;
    }

    private static Optional<MetricValue> row(List<MetricValue> rows, String key) {
        return rows.stream()
                .filter(row -> row.is(MetricCatalogue.NETWORK)
                        && row.wave().isEmpty()
                        && row.key().isLabel(key))
                .findFirst();
    }

    private static Fact fact(MetricValue row, RowFormat format, Texts texts, Locale locale) {
        String label = texts.get("network." + row.key().text());
        if (!row.computable()) {
            return new Fact(
                    row.key().text(),
                    label,
                    texts.get("value.not-computable"),
                    "",
                    row.status().code(),
                    row.note());
        }
        return new Fact(
                row.key().text(),
                label,
                format.value(row, locale),
                Double.toString(row.value()),
                row.status().code(),
                row.note());
    }
}
