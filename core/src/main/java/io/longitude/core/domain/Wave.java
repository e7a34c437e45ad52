package io.longitude.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A planned measurement moment of an edition.
 *
 * @param code the wave code, e.g. {@code W2}
 * @param index the order of the wave, 0 for intake
 * @param monthsAfterEnd months after the edition's end; negative for intake, which is planned at the start
 * @param label a short English label
 */
public record Wave(String code, int index, int monthsAfterEnd, String label) {
    /** The waves every edition has unless its programme defines others. */
    public static final List<Wave> STANDARD = List.of(
            new Wave("W0", 0, -1, "intake"),
            new Wave("W1", 1, 0, "end of programme"),
            new Wave("W2", 2, 6, "+6 months"),
            new Wave("W3", 3, 12, "+12 months"),
            new Wave("W4", 4, 24, "+24 months"));

    public Wave {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(label, "label is null");
        if (index < 0) {
            throw new IllegalArgumentException("Cannot create wave, index is negative: " + index);
        }
    }

    /** The standard wave with this code. */
    public static Wave of(String code) {
        return STANDARD.stream()
                .filter(wave -> wave.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot find wave, expected W0 to W4: " + code));
    }

    public static boolean isStandard(String code) {
        return STANDARD.stream().anyMatch(wave -> wave.code().equals(code));
    }

    /** The planned date of this wave for an edition with the given start and end dates. */
    public LocalDate plannedDate(LocalDate editionStart, LocalDate editionEnd) {
        return monthsAfterEnd < 0 ? editionStart : editionEnd.plusMonths(monthsAfterEnd);
    }
}
