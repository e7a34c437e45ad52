package io.longitude.bench.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One programme size of the benchmark: its label as typed ({@code 10k}) and the number of candidates it generates.
 */
record Size(String label, int participants) {
    Size {
        if (participants < 1) {
            throw new IllegalArgumentException("Cannot benchmark a programme without participants: " + label);
        }
    }

    /** Parses {@code 1k,10k,200k} (also {@code 500}, {@code 1m}): k is a thousand, m a million. */
    static List<Size> parseAll(String text) {
        List<Size> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            String label = part.trim().toLowerCase(Locale.ROOT);
            if (!label.isEmpty()) {
                sizes.add(parse(label));
            }
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("Cannot benchmark, no size given: '" + text + "'");
        }
        return List.copyOf(sizes);
    }

    static Size parse(String label) {
        long factor = label.endsWith("k") ? 1_000 : label.endsWith("m") ? 1_000_000 : 1;
        String digits = factor == 1 ? label : label.substring(0, label.length() - 1);
        try {
            long participants = Long.parseLong(digits) * factor;
            if (participants > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Cannot benchmark a size this large: " + label);
            }
            return new Size(label, (int) participants);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cannot parse the size, expected e.g. 1k, 10k or 200k: " + label, e);
        }
    }
}
