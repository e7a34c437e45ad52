package io.longitude.dashboard.charts;

/** Localised texts by message key, so charts are drawn in the reader's language. */
@FunctionalInterface
public interface Texts {
    String get(String key);
}
