package io.longitude.ingest.generate;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifiers a generated programme writes: its programme id, its edition ids ({@code <prefix>01}), its funder,
 * and the prefix of its participants' source identifiers. Two programmes meant for one lake need other edition
 * prefixes, because the lake keys editions and sessions on their ids alone, and other source-id prefixes, because
 * the pseudonym is the HMAC of the source identifier alone: the same id in two programmes would be one person.
 *
 * @param programmeId the programme_id of editions.csv and participants.csv
 * @param editionPrefix upper-case letters before the edition's two-digit number ({@code E} gives {@code E01})
 * @param funderId the funder_id of editions.csv
 * @param sourceIdPrefix put before every participant_id ({@code P01-000003}, {@code STAFF-C1}); empty for the demo
 */
public record ProgrammeNames(String programmeId, String editionPrefix, String funderId, String sourceIdPrefix) {
    private static final Pattern EDITION_PREFIX = Pattern.compile("[A-Z]{1,8}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    /** The demo programme, whose files tests compare byte for byte: {@code brussels-sd-pilot}, E01…, no source-id prefix. */
    public static final ProgrammeNames DEMO =
            new ProgrammeNames("brussels-sd-pilot", "E", "funder-brussels-economy", "");

    public ProgrammeNames {
        requireIdentifier("programmeId", programmeId);
        requireIdentifier("funderId", funderId);
        Objects.requireNonNull(editionPrefix, "editionPrefix is null");
        if (!EDITION_PREFIX.matcher(editionPrefix).matches()) {
            throw new IllegalArgumentException(
                    "Cannot name editions, the prefix must be 1 to 8 upper-case letters: " + editionPrefix);
        }
        Objects.requireNonNull(sourceIdPrefix, "sourceIdPrefix is null");
        if (!sourceIdPrefix.isEmpty() && !IDENTIFIER.matcher(sourceIdPrefix).matches()) {
            throw new IllegalArgumentException(
                    "Cannot prefix source ids, letters, digits, '_', '.' and '-' only: " + sourceIdPrefix);
        }
    }

    /**
     * Another programme of the demo's funder: editions {@code <editionPrefix>01}…, participants {@code <editionPrefix>-P01-000000}…
     * The demo's own names ({@link #DEMO}) come back for the demo's programme id and prefix.
     */
    public static ProgrammeNames of(String programmeId, String editionPrefix) {
        if (DEMO.programmeId.equals(programmeId) && DEMO.editionPrefix.equals(editionPrefix)) {
            return DEMO;
        }
        return new ProgrammeNames(programmeId, editionPrefix, DEMO.funderId, editionPrefix + "-");
    }

    /** The same names with another funder. */
    public ProgrammeNames withFunder(String otherFunderId) {
        return new ProgrammeNames(programmeId, editionPrefix, otherFunderId, sourceIdPrefix);
    }

    /** The id of the edition with this number: {@code E01}. */
    public String editionId(int number) {
        return editionPrefix + String.format("%02d", number);
    }

    /** The source identifier of a candidate: {@code P01-000003}, with the source-id prefix before it. */
    public String participantId(int edition, int index) {
        return sourceIdPrefix + String.format("P%02d-%06d", edition, index);
    }

    /** The source identifier of a staff member ({@code STAFF-C1}), with the source-id prefix before it. */
    public String staffId(String id) {
        return sourceIdPrefix + id;
    }

    private static void requireIdentifier(String name, String value) {
        Objects.requireNonNull(value, name + " is null");
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "Cannot name the programme, " + name + " must be letters, digits, '_', '.' and '-': " + value);
        }
    }
}
