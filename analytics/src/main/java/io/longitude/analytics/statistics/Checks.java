package io.longitude.analytics.statistics;

import java.util.Objects;

/** Argument checks shared by the statistics; invalid input is a programming error, not a missing result. */
final class Checks {

    private Checks() {}

    static void nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    static void nonNegative(long[] values, String name) {
        Objects.requireNonNull(values, name);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be negative: " + values[i]);
            }
        }
    }

    static void finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
    }

    static void finite(double[] values, String name) {
        Objects.requireNonNull(values, name);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite: " + values[i]);
            }
        }
    }

    static void sameLength(int expected, int actual, String name) {
        if (expected != actual) {
            throw new IllegalArgumentException(name + " has length " + actual + ", expected " + expected);
        }
    }

    /** Checks a square table of non-negative counts and returns its size. */
    static int squareTable(long[][] table, String name) {
        Objects.requireNonNull(table, name);
        for (int i = 0; i < table.length; i++) {
            Objects.requireNonNull(table[i], name);
            sameLength(table.length, table[i].length, name + "[" + i + "]");
            nonNegative(table[i], name + "[" + i + "]");
        }
        return table.length;
    }
}
