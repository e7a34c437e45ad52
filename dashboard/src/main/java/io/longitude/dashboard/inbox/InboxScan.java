package io.longitude.dashboard.inbox;

import io.longitude.dashboard.system.LongitudeProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Scans the inbox ({@code longitude.inbox}) every {@code longitude.inbox-scan-interval} and ingests what it finds. */
@Component
class InboxScan {
    private static final Logger LOG = LoggerFactory.getLogger(InboxScan.class);

    private final IngestService ingest;
    private final Path inbox;

    InboxScan(IngestService ingest, LongitudeProperties properties) {
        this.ingest = ingest;
        this.inbox = Path.of(properties.inbox());
    }

    @Scheduled(fixedDelayString = "${longitude.inbox-scan-interval:30s}", initialDelayString = "${longitude.inbox-scan-interval:30s}")
    void scan() {
        if (!Files.isDirectory(inbox)) {
            return;
        }
        try {
            ingest.processor().process(inbox).forEach(line -> LOG.info("Inbox: {}", line));
        } catch (RuntimeException e) {
            LOG.warn("Inbox {} not processed: {}", inbox, e.getMessage());
        }
    }
}
