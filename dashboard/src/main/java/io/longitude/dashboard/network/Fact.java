package io.longitude.dashboard.network;

import java.util.Objects;

/**
 * One line of a page's table: what it counts, the number as written, and where it comes from.
 *
 * @param key the metric row's group key, or the lake count's name, e.g. {@code kind|referral}
 * @param label the localised label
 * @param value the number as the reader sees it, empty when not computable
 * @param raw the number itself (for {@code data-value}), empty when not computable
 * @param status {@code ok}, {@code small_n} or {@code not_computable}
 * @param note the metric row's note, or ""
 */
public record Fact(String key, String label, String value, String raw, String status, String note) {
    public Fact {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(raw, "raw is null");
        Objects.requireNonNull(status, "status is null");
        note = note == null ? "" : note;
    }
}
