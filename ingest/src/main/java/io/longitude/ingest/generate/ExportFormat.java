package io.longitude.ingest.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The shape in which the generator writes a wave's follow-up export: the canonical CSV, or what a survey tool writes
 * (docs/formats.md). {@code data/mappings/demo-<tool>.yaml} reads each tool's shape back.
 */
public enum ExportFormat {
    CANONICAL,
    KOBO,
    ODK,
    LIMESURVEY,
    QUALTRICS,
    REDCAP,
    GOOGLE,
    SURVEYMONKEY;

    /** The demo's mix: each wave from another tool. */
    public static final List<ExportFormat> MIXED = List.of(KOBO, ODK, QUALTRICS, REDCAP, GOOGLE);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The formats of the five waves for {@code canonical}, a tool's name, or {@code mixed}. */
    public static List<ExportFormat> forWaves(String name) {
        if (name.equalsIgnoreCase("mixed")) {
            return MIXED;
        }
        ExportFormat format = Arrays.stream(values())
                .filter(value -> value.code().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot generate, unknown format " + name
                        + ", expected mixed or one of "
                        + Arrays.stream(values()).map(ExportFormat::code).toList()));
        return List.of(format, format, format, format, format);
    }

    /** The export's file name for a wave, e.g. {@code followup-W2-qualtrics.csv}. */
    public String fileName(String wave) {
        return "followup-" + wave + (this == CANONICAL ? "" : "-" + code()) + ".csv";
    }
}
