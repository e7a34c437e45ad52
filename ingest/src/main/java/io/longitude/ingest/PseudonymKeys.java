package io.longitude.ingest;

import io.longitude.core.privacy.Pseudonymizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Finds the pseudonym key: the environment variable {@value #KEY_VARIABLE} (base64) if set, else a key file.
 * The key version comes from {@value #VERSION_VARIABLE}, 1 by default.
 */
public final class PseudonymKeys {
    public static final String KEY_VARIABLE = "LONGITUDE_PSEUDONYM_KEY";
    public static final String VERSION_VARIABLE = "LONGITUDE_PSEUDONYM_KEY_VERSION";
    private static final int KEY_BYTES = 32;

    private PseudonymKeys() {}

    /** The pseudonymizer from the environment, or from {@code keyFile} when the environment has no key. */
    public static Pseudonymizer load(Map<String, String> environment, Path keyFile) {
        int version = Integer.parseInt(environment.getOrDefault(VERSION_VARIABLE, "1"));
        String encoded = environment.get(KEY_VARIABLE);
        if (encoded == null) {
            if (!Files.isRegularFile(keyFile)) {
                throw new IllegalStateException("Cannot find the pseudonym key: set " + KEY_VARIABLE
                        + " or create the key file " + keyFile + " (the demo creates one)");
            }
            try {
                encoded = Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the pseudonym key file " + keyFile, e);
            }
        }
        try {
            return new Pseudonymizer(Base64.getDecoder().decode(encoded), version);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Cannot use the pseudonym key, it must be base64 of at least 16 bytes: " + e.getMessage(), e);
        }
    }

    /** Creates a random key file readable only by its owner, unless it exists. Returns the file. */
    public static Path createIfMissing(Path keyFile) {
        if (Files.exists(keyFile)) {
            return keyFile;
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            Path parent = keyFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(keyFile);
            }
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the pseudonym key file " + keyFile, e);
        }
        return keyFile;
    }
}
