package io.longitude.ingest.erase;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an erasure did. Holds counts only, never the identifier, so it can be printed and audited as it is.
 *
 * @param programmeId the programme the person was erased from
 * @param rowsRemoved per lake table, the person's rows deleted
 * @param tiesRemoved responses of other participants (any programme) whose ties named the person, rewritten without them
 * @param quarantineFiles quarantine files rewritten
 * @param quarantineLinesRemoved the person's own rejected rows removed from the quarantine files
 * @param quarantineLinesRedacted other rejected rows that named the person, kept with the identifier replaced
 * @param filesVacuumed data files deleted by VACUUM over every purged table
 * @param logFilesDeleted transaction log files of earlier versions deleted over every purged table
 * @param otherProgrammes programmes where the same source id is still enrolled: the pseudonym stays in the lake for them
 */
public record ErasureReport(
        String programmeId,
        Map<String, Long> rowsRemoved,
        long tiesRemoved,
        long quarantineFiles,
        long quarantineLinesRemoved,
        long quarantineLinesRedacted,
        long filesVacuumed,
        long logFilesDeleted,
        List<String> otherProgrammes) {
    public ErasureReport {
        Objects.requireNonNull(programmeId, "programmeId is null");
        rowsRemoved = Map.copyOf(rowsRemoved);
        otherProgrammes = List.copyOf(otherProgrammes);
    }

    /** Every lake row deleted. */
    public long totalRowsRemoved() {
        return rowsRemoved.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One line: the counts per table, then quarantine and storage. */
    public String summary() {
        String tables = rowsRemoved.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
        return "Erased from " + programmeId + ": " + totalRowsRemoved() + " rows (" + tables + "), ties removed from "
                + tiesRemoved
                + " responses; quarantine: " + quarantineLinesRemoved + " lines removed, " + quarantineLinesRedacted
                + " redacted in "
                + quarantineFiles + " files; " + filesVacuumed + " data files vacuumed, " + logFilesDeleted
                + " log files deleted"
                + (otherProgrammes.isEmpty()
                        ? ""
                        : "; still enrolled in " + otherProgrammes + ", so the pseudonym remains there");
    }

    ErasureReport withStorage(long vacuumed, long logFiles) {
        return new ErasureReport(
                programmeId,
                rowsRemoved,
                tiesRemoved,
                quarantineFiles,
                quarantineLinesRemoved,
                quarantineLinesRedacted,
                filesVacuumed + vacuumed,
                logFilesDeleted + logFiles,
                otherProgrammes);
    }
}
