package io.longitude.ingest;

import io.longitude.ingest.lake.QuarantineLedger;
import io.longitude.ingest.validation.ReferenceData;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads, checks and stages the next file of an ingest on a second thread while the current one is committed, so the
 * parsing of one file (the driver's CPU) and the writing of the other (Spark's) overlap. Used between files that
 * leave the reference data as it is (follow-ups, attendance, assessments, staff), in the order of the ingest: the
 * commits stay one file after the other, in that order.
 *
 * <p>A file prepared ahead is taken only if the quarantine's open answers of its table are still those it was checked
 * against once the file before it is committed (that file may fill, or set aside, answers of the same table);
 * otherwise, or when preparing ahead failed, the file is prepared again in turn, exactly as without this class.
 */
final class PreparedAhead implements AutoCloseable {
    private final FileIngest ingest;
    private final Path quarantineDir;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread prepare = new Thread(task, "longitude-ingest-prepare");
        prepare.setDaemon(true);
        return prepare;
    });
    private Path file;
    private String batchId;
    private Future<PreparedFile> ahead;

    PreparedAhead(FileIngest ingest, Path quarantineDir) {
        this.ingest = ingest;
        this.quarantineDir = quarantineDir;
    }

    /** Starts preparing {@code file} on the second thread. */
    void start(Path file, String batchId, ReferenceData references) {
        abandon();
        this.file = file;
        this.batchId = batchId;
        this.ahead = thread.submit(() -> ingest.prepare(file, batchId, references));
    }

    /** The file prepared: the one prepared ahead when it is this file and still current, else prepared now. */
    PreparedFile take(Path file, String batchId, ReferenceData references) {
        if (ahead != null && file.equals(this.file) && batchId.equals(this.batchId)) {
            Future<PreparedFile> prepared = ahead;
            ahead = null;
            try {
                PreparedFile result = prepared.get();
                if (result.stillCurrent(QuarantineLedger.read(quarantineDir))) {
                    return result;
                }
                result.close();
            } catch (ExecutionException e) {
                // Prepared again below, where its failure is reported as every file's is.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading " + file.getFileName(), e);
            }
        }
        abandon();
        return ingest.prepare(file, batchId, references);
    }

    /** Drops a file prepared ahead that is not taken, and its quarantine log, as if it had never been read. */
    private void abandon() {
        if (ahead == null) {
            return;
        }
        Future<PreparedFile> prepared = ahead;
        ahead = null;
        try {
            ingest.abandon(prepared.get());
        } catch (ExecutionException e) {
            // Nothing of it was left.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            abandon();
        } finally {
            thread.shutdownNow();
        }
    }
}
