package io.longitude.dashboard.editions;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The points of a small trend line over editions, for an inline SVG of {@link #WIDTH} × {@link #HEIGHT}. */
final class Sparkline {
    static final int WIDTH = 120;
    static final int HEIGHT = 32;
    private static final int MARGIN = 4;

    private Sparkline() {}

    /**
     * {@code x,y x,y …} of the values from 0 (bottom) to the largest value (top), one
     * point per edition; editions without a value are left out; empty below two values.
     */
    static String points(List<Double> values) {
        long present = values.stream().filter(Objects::nonNull).count();
        if (present < 2) {
            return "";
        }
        double top = Math.max(
                values.stream()
                        .filter(Objects::nonNull)
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(1),
                1e-9);
        StringBuilder points = new StringBuilder();
        double step = (WIDTH - 2.0 * MARGIN) / Math.max(1, values.size() - 1);
        for (int index = 0; index < values.size(); index++) {
            Double value = values.get(index);
            if (value == null) {
                continue;
            }
            double x = MARGIN + index * step;
            double y = HEIGHT - MARGIN - (HEIGHT - 2.0 * MARGIN) * Math.max(0, value) / top;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return points.toString().trim();
    }
}
