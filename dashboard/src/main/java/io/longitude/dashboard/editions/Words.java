package io.longitude.dashboard.editions;

/** Localised sentences by message key, with their arguments already written for the reader's locale. */
@FunctionalInterface
public interface Words {
    String get(String key, Object... arguments);
}
