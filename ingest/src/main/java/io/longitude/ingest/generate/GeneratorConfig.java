package io.longitude.ingest.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the demo programme generator writes.
 *
 * @param out the folder to write into; created when missing
 * @param participants candidates over all editions; 0 draws 25 to 40 per edition
 * @param editions number of editions, at least 1
 * @param seed the same seed gives the same files, byte for byte
 * @param asOf waves planned after this date are not written (they have not happened yet)
 * @param waveFormats the shape of each wave's export, W0 to W4: canonical, or a survey tool's
 * @param programme the programme's identifiers; {@link ProgrammeNames#DEMO} unless a second programme is wanted
 * @param varied draw the programme's attrition, comparison-group share and missing answers from the seed (the
 *     simulation study) instead of the standard truth (the demo)
 * @param targetGroups the professions the editions target, in turn: edition 1 the first, edition 2 the second, …
 */
public record GeneratorConfig(
        Path out,
        int participants,
        int editions,
        long seed,
        LocalDate asOf,
        List<ExportFormat> waveFormats,
        ProgrammeNames programme,
        boolean varied,
        List<String> targetGroups) {
    public static final int DEFAULT_EDITIONS = 3;
    /** The demo programme's target groups: all sectors, then crafts, in turn. */
    public static final List<String> DEFAULT_TARGET_GROUPS = List.of("all sectors", "crafts");

    public static final long DEFAULT_SEED = 42;
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);

    public GeneratorConfig {
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(programme, "programme is null");
        waveFormats = List.copyOf(waveFormats);
        targetGroups = List.copyOf(targetGroups);
        if (targetGroups.isEmpty() || targetGroups.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("Cannot generate, target groups must be named: " + targetGroups);
        }
        if (waveFormats.size() != io.longitude.core.domain.Wave.STANDARD.size()) {
            throw new IllegalArgumentException("Cannot generate, one format per wave is needed: " + waveFormats);
        }
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

    /** The standard truth. */
    public GeneratorConfig(
            Path out,
            int participants,
            int editions,
            long seed,
            LocalDate asOf,
            List<ExportFormat> waveFormats,
            ProgrammeNames programme) {
        this(out, participants, editions, seed, asOf, waveFormats, programme, false, DEFAULT_TARGET_GROUPS);
    }

    /** The demo programme's identifiers. */
    public GeneratorConfig(
            Path out, int participants, int editions, long seed, LocalDate asOf, List<ExportFormat> waveFormats) {
        this(out, participants, editions, seed, asOf, waveFormats, ProgrammeNames.DEMO);
    }

    /** Canonical exports for every wave, the demo programme's identifiers. */
    public GeneratorConfig(Path out, int participants, int editions, long seed, LocalDate asOf) {
        this(out, participants, editions, seed, asOf, ExportFormat.forWaves("canonical"));
    }

    /** The default demo programme: 3 editions of 25 to 40 candidates, seed 42, canonical exports. */
    public static GeneratorConfig defaults(Path out) {
        return new GeneratorConfig(out, 0, DEFAULT_EDITIONS, DEFAULT_SEED, DEFAULT_AS_OF);
    }

    /** The same programme with each wave exported in the given shape. */
    public GeneratorConfig withFormats(List<ExportFormat> formats) {
        return new GeneratorConfig(out, participants, editions, seed, asOf, formats, programme, varied, targetGroups);
    }

    /**
     * Another programme, for a lake that holds two: its editions are {@code <editionPrefix>01}… and its participants'
     * source ids start with {@code <editionPrefix>-}, so neither collides with the demo's (see {@link ProgrammeNames#of}).
     */
    public GeneratorConfig withProgramme(String programmeId, String editionPrefix) {
        return withProgramme(ProgrammeNames.of(programmeId, editionPrefix));
    }

    /** The same programme under other identifiers. */
    public GeneratorConfig withProgramme(ProgrammeNames names) {
        return new GeneratorConfig(out, participants, editions, seed, asOf, waveFormats, names, varied, targetGroups);
    }

    /**
     * The same programme with its attrition, comparison-group share and share of missing answers drawn from its seed
     * ({@link ProgrammeTruth#varied}), as the simulation study wants; truth.json says which were drawn.
     */
    public GeneratorConfig withVariedParameters() {
        return new GeneratorConfig(out, participants, editions, seed, asOf, waveFormats, programme, true, targetGroups);
    }

    /** The same programme with editions that target these professions, in turn (a programme's next editions may). */
    public GeneratorConfig withTargetGroups(List<String> groups) {
        return new GeneratorConfig(out, participants, editions, seed, asOf, waveFormats, programme, varied, groups);
    }

    /** The target group of the edition with this number (1, 2, …). */
    public String targetGroup(int editionNumber) {
        return targetGroups.get((editionNumber - 1) % targetGroups.size());
    }
}
