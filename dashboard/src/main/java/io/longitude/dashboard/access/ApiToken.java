package io.longitude.dashboard.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A personal API token as stored in the tokens file: never the secret, only its SHA-256.
 *
 * @param id short random id, shown in lists and the audit
 * @param username the user the token acts for
 * @param name the user's name for it ("notebook", "nightly export")
 * @param programmes the programmes it is narrowed to; empty means all of the user's
 * @param write true when it may call endpoints other than GET and HEAD; false (read-only) by default
 * @param created when it was issued
 * @param expires when it stops working
 * @param revoked when it was revoked, or null
 * @param sha256 the SHA-256 of the secret, in hex
 */
public record ApiToken(
        String id,
        String username,
        String name,
        List<String> programmes,
        boolean write,
        Instant created,
        Instant expires,
        Instant revoked,
        String sha256) {
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._@-]{1,64}");

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(sha256, "sha256");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Cannot keep token name '" + name + "': use 1-64 letters, digits, spaces, '.', '_', '-' or '@'");
        }
        programmes = List.copyOf(programmes);
    }

    /** True while the token is neither revoked nor expired. */
    public boolean live(Instant now) {
        return revoked == null && now.isBefore(expires);
    }

    /**
     * What the token may see today: the account's role, and the account's programmes narrowed to the token's. Empty
     * when the token is revoked or expired, or the account has none of its programmes any more: a token never grants
     * more than its user has now.
     */
    public Optional<Viewer> viewer(Account account, Instant now) {
        if (!live(now) || !account.username().equals(username)) {
            return Optional.empty();
        }
        if (programmes.isEmpty()) {
            return Optional.of(account.viewer());
        }
        Viewer user = account.viewer();
        List<String> kept = programmes.stream().filter(user::sees).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(new Viewer(username, account.role(), kept));
    }

    public ApiToken revokedAt(Instant when) {
        return new ApiToken(id, username, name, programmes, write, created, expires, when, sha256);
    }

    /** How the audit and lists name it: id and name, never the secret. */
    public String label() {
        return "token " + id + " (" + name + ")";
    }
}
