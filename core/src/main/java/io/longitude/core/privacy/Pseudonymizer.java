package io.longitude.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a source identifier with its HMAC-SHA256 under a secret key, so the same person gets the same key in
 * every wave while the lake never holds the identifier. The secret never enters the lake; only its version does.
 */
public final class Pseudonymizer {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_KEY_BYTES = 16;

    private final SecretKeySpec key;
    private final int keyVersion;
    /**
     * A MAC per thread, initialised with the key once: looking the algorithm up per identifier (the JCE provider
     * search and its jar checks) took more of ingest's time than the hashing.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public Pseudonymizer(byte[] secret, int keyVersion) {
        Objects.requireNonNull(secret, "secret is null");
        if (secret.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("Cannot use pseudonym key, it must have at least " + MINIMUM_KEY_BYTES
                    + " bytes: " + secret.length);
        }
        if (keyVersion < 1) {
            throw new IllegalArgumentException("Cannot use pseudonym key, version must be at least 1: " + keyVersion);
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.keyVersion = keyVersion;
    }

    /** The pseudonym of a source identifier: 64 lower-case hex digits. Surrounding white space is ignored. */
    public String pseudonym(String sourceId) {
        Objects.requireNonNull(sourceId, "sourceId is null");
        // doFinal resets the MAC to its key for the next identifier.
        return HexFormat.of().formatHex(macs.get().doFinal(sourceId.trim().getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute " + ALGORITHM + ", the JVM lacks it", e);
        }
    }

    public int keyVersion() {
        return keyVersion;
    }
}
