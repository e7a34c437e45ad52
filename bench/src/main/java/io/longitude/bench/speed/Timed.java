package io.longitude.bench.speed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The timed runs of one measure after its warm-up runs, in milliseconds. */
record Timed(List<Double> millis) {
    Timed {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("Cannot summarise a measure without runs");
        }
        millis = List.copyOf(millis);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    double min() {
        return Collections.min(millis);
    }

    double max() {
        return Collections.max(millis);
    }

    int runs() {
        return millis.size();
    }
}
