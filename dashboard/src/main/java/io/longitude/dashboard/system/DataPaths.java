package io.longitude.dashboard.system;

import java.nio.file.Path;

/** The default places under {@code data/} (see {@code data/README.md}). */
public final class DataPaths {
    public static final String LAKE = "data/lake";
    public static final String METRICS = "data/metrics";
    public static final String QUARANTINE = "data/quarantine";
    public static final String KEY_FILE = "data/keys/pseudonym.key";
    public static final String DEMO = "data/demo";
    public static final String INBOX = "data/inbox";
    public static final String MAPPINGS = "data/mappings";
    public static final String USERS = "data/users.yaml";
    public static final String AUDIT = "data/audit";

    private DataPaths() {}

    public static Path path(String relative) {
        return Path.of(relative);
    }
}
