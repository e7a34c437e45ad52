package io.longitude.bench.speed;

import java.util.Objects;

/**
 * One metric cell as both engines compute it, keyed by metric, programme, edition, wave and group.
 */
record Cell(
        String key,
        Double numerator,
        Double denominator,
        Long n,
        Double value,
        Double lower,
        Double upper,
        String note,
        String status) {
    private static final double TOLERANCE = 1e-9;

    static String key(String metric, String programme, String edition, String wave, String group) {
        return metric + "|" + programme + "|" + edition + "|" + wave + "|" + group;
    }

    /** Where this cell and the other differ, or null when they agree (doubles within 1e-9, relative). */
    String difference(Cell other) {
        if (!close(numerator, other.numerator)
                || !close(denominator, other.denominator)
                || !Objects.equals(n, other.n)) {
            return "counts differ";
        }
        if (!close(value, other.value) || !close(lower, other.lower) || !close(upper, other.upper)) {
            return "value or interval differ";
        }
        if (!Objects.equals(note, other.note) || !Objects.equals(status, other.status)) {
            return "note or status differ";
        }
        return null;
    }

    private static boolean close(Double a, Double b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
