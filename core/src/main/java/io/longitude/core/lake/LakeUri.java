package io.longitude.core.lake;

import java.nio.file.Path;

/**
 * Normalises a lake or metrics root: a plain path becomes an absolute {@code file:} URI, {@code file:///x} becomes
 * {@code file:/x} as Hadoop writes it, and a trailing slash is dropped. Other schemes ({@code hdfs:}, {@code s3a:})
 * are kept as given.
 */
public final class LakeUri {
    private LakeUri() {}

    public static String normalise(String root) {
        String trimmed = root.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Cannot use an empty lake root");
        }
        String uri;
        if (trimmed.startsWith("file:")) {
            uri = "file:/" + trimmed.substring("file:".length()).replaceFirst("^/+", "");
        } else if (trimmed.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            uri = trimmed;
        } else {
            uri = "file:" + Path.of(trimmed).toAbsolutePath().normalize();
        }
        return uri.endsWith("/") && uri.length() > "file:/".length() ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** The URI of a table's folder under a root. */
    public static String table(String root, TableDefinition table) {
        return normalise(root) + "/" + table.name();
    }
}
