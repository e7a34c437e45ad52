package io.longitude.ingest.source;

/** Finds the field separator of a delimited export from its first line: the most frequent of , ; tab | outside quotes. */
public final class Separators {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private Separators() {}

    public static char sniff(String firstLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int index = 0; index < firstLine.length(); index++) {
            char character = firstLine.charAt(index);
            if (character == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int candidate = 0; candidate < CANDIDATES.length; candidate++) {
                    if (character == CANDIDATES[candidate]) {
                        counts[candidate]++;
                    }
                }
            }
        }
        int best = 0;
        for (int candidate = 1; candidate < CANDIDATES.length; candidate++) {
            if (counts[candidate] > counts[best]) {
                best = candidate;
            }
        }
        return CANDIDATES[best];
    }
}
