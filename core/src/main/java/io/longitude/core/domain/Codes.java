package io.longitude.core.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case codes of canonical files into enum constants. */
public final class Codes {
    private Codes() {}

    /**
     * Returns the constant whose name matches {@code code}, ignoring case.
     *
     * @throws IllegalArgumentException naming the allowed codes when none matches
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(code.trim())) {
                    return constant;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "Cannot read " + type.getSimpleName() + ", expected one of " + allowed + ": " + code);
    }
}
