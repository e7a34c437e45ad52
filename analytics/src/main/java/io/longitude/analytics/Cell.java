package io.longitude.analytics;

import java.util.Objects;

/**
 * One metric cell computed on the driver (from counts that Spark aggregated), before status and provenance.
 * Null {@code value} means not computable, and then {@code note} says why.
 */
public record Cell(
        String metricId,
        String programmeId,
        String editionId,
        String wave,
        String groupKey,
        Double numerator,
        Double denominator,
        long n,
        Double value,
        Double lower,
        Double upper,
        String note) {
    public Cell {
        Objects.requireNonNull(metricId, "metricId is null");
        Objects.requireNonNull(programmeId, "programmeId is null");
        Objects.requireNonNull(editionId, "editionId is null");
        Objects.requireNonNull(wave, "wave is null");
        Objects.requireNonNull(groupKey, "groupKey is null");
        if (value == null && note == null) {
            throw new IllegalArgumentException("A cell without a value needs a note saying why: " + groupKey);
        }
    }

    /** Where a cell sits: metric, programme, edition, wave. */
    public record Place(String metricId, String programmeId, String editionId, String wave) {
        public Cell value(
                String groupKey,
                Double numerator,
                Double denominator,
                long n,
                double value,
                Double lower,
                Double upper) {
            return new Cell(
                    metricId,
                    programmeId,
                    editionId,
                    wave,
                    groupKey,
                    numerator,
                    denominator,
                    n,
                    value,
                    lower,
                    upper,
                    null);
        }

        public Cell value(String groupKey, long n, double value) {
            return value(groupKey, null, null, n, value, null, null);
        }

        public Cell notComputable(String groupKey, long n, String reason) {
            return notComputable(groupKey, null, null, n, reason);
        }

        /** A cell without a value that still carries the counts behind it. */
        public Cell notComputable(String groupKey, Double numerator, Double denominator, long n, String reason) {
            return new Cell(
                    metricId,
                    programmeId,
                    editionId,
                    wave,
                    groupKey,
                    numerator,
                    denominator,
                    n,
                    null,
                    null,
                    null,
                    reason);
        }

        public Place wave(String otherWave) {
            return new Place(metricId, programmeId, editionId, otherWave);
        }
    }
}
