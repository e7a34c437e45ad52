package io.longitude.ingest.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the demo programme generator writes.
 *
 * @param out the folder to write into; created when missing
 * @param participants candidates over all editions; 0 draws 25 to 40 per edition
 * @param editions number of editions, at least 1
 * @param seed the same seed gives the same files, byte for byte
 * @param asOf waves planned after this date are not written (they have not happened yet)
 */
public record GeneratorConfig(Path out, int participants, int editions, long seed, LocalDate asOf) {
    public static final int DEFAULT_EDITIONS = 3;
    public static final long DEFAULT_SEED = 42;
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);

    public GeneratorConfig {
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(asOf, "asOf is null");
        if (participants < 0) {
            throw new IllegalArgumentException("Cannot generate, participants must not be negative: " + participants);
        }
        if (editions < 1 || editions > 99) {
            throw new IllegalArgumentException("Cannot generate, editions must be within 1..99: " + editions);
        }
        if (participants > 0 && participants < editions) {
            throw new IllegalArgumentException("Cannot generate, fewer participants than editions: " + participants);
        }
    }

    /** The default demo programme: 3 editions of 25 to 40 candidates, seed 42. */
    public static GeneratorConfig defaults(Path out) {
        return new GeneratorConfig(out, 0, DEFAULT_EDITIONS, DEFAULT_SEED, DEFAULT_AS_OF);
    }
}
