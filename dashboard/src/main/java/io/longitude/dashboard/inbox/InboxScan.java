package io.longitude.dashboard.inbox;

import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.audit.AuditEntry;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.ingest.FileReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scans the inbox ({@code longitude.inbox}) every {@code longitude.inbox-scan-interval} and ingests what it finds,
 * through the lake's writer queue ({@link LakeWriter}).
 */
@Component
class InboxScan {
    private static final Logger LOG = LoggerFactory.getLogger(InboxScan.class);

    /** Files of the inbox have no signed-in user: the application records them as this user, role SYSTEM. */
    static final String USER = "inbox";

    private static final String LABEL = "inbox scan";

    private final IngestService ingest;
    private final LakeWriter writer;
    private final Audit audit;
    private final Path inbox;

    InboxScan(IngestService ingest, LakeWriter writer, Audit audit, LongitudeProperties properties) {
        this.ingest = ingest;
        this.writer = writer;
        this.audit = audit;
        this.inbox = Path.of(properties.inbox());
    }

    @Scheduled(
            fixedDelayString = "${longitude.inbox-scan-interval:30s}",
            initialDelayString = "${longitude.inbox-scan-interval:30s}")
    void scan() {
        // One scan in the writer queue at a time: a scan waiting behind a long upload is not queued twice.
        if (!Files.isDirectory(inbox) || writer.holds(LABEL)) {
            return;
        }
        writer.submit(LABEL, () -> {
            try {
                ingest.processor().process(inbox, this::audit).forEach(line -> LOG.info("Inbox: {}", line));
            } catch (RuntimeException e) {
                LOG.warn("Inbox {} not processed: {}", inbox, e.getMessage());
            }
        });
    }

    private void audit(FileReport report) {
        audit.record(new AuditEntry(
                Instant.now(),
                USER,
                Audit.SYSTEM_ROLE,
                "upload",
                report.file().getFileName().toString(),
                report.rowsAccepted()));
    }
}
