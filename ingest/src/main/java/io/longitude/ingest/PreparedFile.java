package io.longitude.ingest;

import io.longitude.ingest.lake.Quarantine;
import io.longitude.ingest.lake.QuarantineLedger;
import io.longitude.ingest.lake.StagingFile;
import io.longitude.ingest.source.RowSource;
import io.longitude.ingest.validation.RowConverter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file read, checked and staged by {@link FileIngest#prepare}, not committed yet. Closing it removes the staging
 * file; its quarantine log stays.
 *
 * @param filled the answers quarantined earlier that this file's rows fill, to record once its rows are committed
 * @param openAnswers the quarantine's open answers of the file's table it was checked against
 */
record PreparedFile(
        Path file,
        String batchId,
        RowSource source,
        RowConverter converter,
        StagingFile staging,
        Quarantine quarantine,
        FileValidation.Validated validated,
        List<QuarantineLedger.Later> filled,
        Map<String, Map<String, List<QuarantineLedger.Entry>>> openAnswers)
        implements AutoCloseable {

    /**
     * True when the quarantine's open answers of the file's table, other than this file's own, are still those it was
     * checked against: a file prepared while the one before it was committed is then exactly what preparing it now
     * would give.
     */
    boolean stillCurrent(QuarantineLedger ledger) {
        return othersOf(ledger.openAnswers(converter.table().name())).equals(othersOf(openAnswers));
    }

    /** The open answers of other files, each field's entries as a set (the ledger reads its files in any order). */
    private Map<String, Map<String, Set<QuarantineLedger.Entry>>> othersOf(
            Map<String, Map<String, List<QuarantineLedger.Entry>>> open) {
        String own = batchId.substring(0, Math.min(12, batchId.length()));
        Map<String, Map<String, Set<QuarantineLedger.Entry>>> others = new HashMap<>();
        open.forEach((key, byField) -> byField.forEach((field, entries) -> {
            Set<QuarantineLedger.Entry> kept =
                    entries.stream().filter(entry -> !entry.batch().equals(own)).collect(Collectors.toSet());
            if (!kept.isEmpty()) {
                others.computeIfAbsent(key, ignored -> new HashMap<>()).put(field, kept);
            }
        }));
        return others;
    }

    @Override
    public void close() {
        staging.close();
        source.close();
    }
}
