package io.longitude.bench.load;

/** A target of the load test, the figure measured against it, and whether it was met. */
record Verdict(String target, String figure, boolean met) {
    String mark() {
        return met ? "met" : "MISSED";
    }
}
