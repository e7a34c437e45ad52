package io.longitude.dashboard.charts;

import java.util.Optional;

/** Reads the {@code |}-separated parts of a group_key, e.g. {@code from=1|to=2}. */
public final class GroupKeys {
    private GroupKeys() {}

    /** The value of the part {@code name=value}, if the key has it. */
    public static Optional<String> part(String groupKey, String name) {
        for (String part : groupKey.split("\\|")) {
            if (part.startsWith(name + "=")) {
                return Optional.of(part.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** The first part, e.g. {@code smd} of {@code smd|gender=f}. */
    public static String head(String groupKey) {
        int bar = groupKey.indexOf('|');
        return bar < 0 ? groupKey : groupKey.substring(0, bar);
    }

    /** Everything after the first part, or empty. */
    public static String tail(String groupKey) {
        int bar = groupKey.indexOf('|');
        return bar < 0 ? "" : groupKey.substring(bar + 1);
    }

    /** The integer value of a part, or -1. */
    public static int number(String groupKey, String name) {
        return part(groupKey, name).map(value -> {
            try {
                return (int) Math.round(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                return -1;
            }
        }).orElse(-1);
    }
}
