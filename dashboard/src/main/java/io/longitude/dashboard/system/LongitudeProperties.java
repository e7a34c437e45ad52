package io.longitude.dashboard.system;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the dashboard reads from and where uploads and the inbox are ingested to.
 *
 * @param lake lake root URI ({@code longitude.lake})
 * @param metrics metrics root URI ({@code longitude.metrics})
 * @param master Spark master of the application's session ({@code longitude.master})
 * @param quarantine folder of rejected rows ({@code longitude.quarantine})
 * @param keyFile pseudonym key file, used when {@code LONGITUDE_PSEUDONYM_KEY} is not set ({@code longitude.key-file})
 * @param inbox folder scanned for new exports ({@code longitude.inbox})
 * @param inboxScanInterval time between scans of the inbox ({@code longitude.inbox-scan-interval})
 * @param mappings folder of the mapping files offered on the upload page ({@code longitude.mappings})
 * @param users the users file: roles, programmes and bcrypt hashes ({@code longitude.users})
 * @param audit root of the append-only audit table ({@code longitude.audit}); its own root, never under the lake or
 *     the metrics, so that no view over the lake includes it
 */
@Validated
@ConfigurationProperties("longitude")
public record LongitudeProperties(
        @DefaultValue(DataPaths.LAKE) @NotBlank String lake,
        @DefaultValue(DataPaths.METRICS) @NotBlank String metrics,
        @DefaultValue(LocalSpark.DEFAULT_MASTER) @NotBlank String master,
        @DefaultValue(DataPaths.QUARANTINE) @NotBlank String quarantine,
        @DefaultValue(DataPaths.KEY_FILE) @NotBlank String keyFile,
        @DefaultValue(DataPaths.INBOX) @NotBlank String inbox,
        @DefaultValue("30s") Duration inboxScanInterval,
        @DefaultValue(DataPaths.MAPPINGS) @NotBlank String mappings,
        @DefaultValue(DataPaths.USERS) @NotBlank String users,
        @DefaultValue(DataPaths.AUDIT) @NotBlank String audit) {}
