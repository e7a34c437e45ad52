package io.longitude.bench.load;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A virtual user's pause between two requests, uniform between {@code minimum} and {@code maximum}. */
record Think(Duration minimum, Duration maximum) {
    private static final Pattern RANGE =
            Pattern.compile("(\\d+(?:\\.\\d+)?(?:ms|s|m)?)(?:-(\\d+(?:\\.\\d+)?(?:ms|s|m)?))?");

    Think {
        if (minimum.isNegative() || maximum.compareTo(minimum) < 0) {
            throw new IllegalArgumentException("Cannot think, not a range: " + minimum + " to " + maximum);
        }
    }

    /** {@code 1-3s}, {@code 500ms-2s}, {@code 2s}; the unit of the upper bound applies to a bare lower bound. */
    static Think parse(String text) {
        Matcher matcher = RANGE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Cannot read a think time, expected e.g. 1-3s: " + text);
        }
        String upper = matcher.group(2) == null ? matcher.group(1) : matcher.group(2);
        String unit = upper.replaceAll("[\\d.]", "");
        String lower = matcher.group(1).matches(".*\\d") ? matcher.group(1) + unit : matcher.group(1);
        return new Think(Durations.parse(lower), Durations.parse(upper));
    }

    /** A pause drawn from {@code random}. */
    Duration next(Random random) {
        long span = maximum.toMillis() - minimum.toMillis();
        return minimum.plusMillis(span == 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
    }

    @Override
    public String toString() {
        return Durations.format(minimum) + "-" + Durations.format(maximum);
    }
}
