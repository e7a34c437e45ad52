package io.longitude.dashboard.access;

import io.longitude.dashboard.system.LongitudeProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The personal API tokens of the running server, read from the tokens file and read again whenever it changes, so a
 * token revoked with {@code ./longitude users token revoke} or on the account page answers 401 at its next request.
 */
@Component
public class ApiTokens {
    private final TokenFile file;
    private Object version;
    private Map<String, ApiToken> bySha256 = Map.of();

    public ApiTokens(LongitudeProperties properties) {
        this.file = TokenFile.besideUsers(Path.of(properties.users()));
    }

    /** The token whose secret this is, whatever its state; empty when there is none. */
    public Optional<ApiToken> bySecret(String secret) {
        return Optional.ofNullable(current().get(TokenFile.sha256(secret)));
    }

    /** The user's tokens, newest first, revoked and expired ones included. */
    public List<ApiToken> of(String username) {
        return current().values().stream()
                .filter(token -> token.username().equals(username))
                .sorted(java.util.Comparator.comparing(ApiToken::created).reversed())
                .toList();
    }

    public List<String> problems(Account account, String name, List<String> programmes, Instant expires) {
        return file.problems(account, name, programmes, expires, Instant.now());
    }

    public TokenFile.Issued issue(
            Account account, String name, List<String> programmes, boolean write, Instant expires) {
        return file.issue(account, name, programmes, write, expires, Instant.now());
    }

    public boolean revoke(String username, String id) {
        return file.revoke(username, id, Instant.now());
    }

    private synchronized Map<String, ApiToken> current() {
        try {
            Object now = Files.exists(file.path()) ? stamp(file.path()) : null;
            if (now == null) {
                bySha256 = Map.of();
            } else if (!now.equals(version)) {
                bySha256 = file.read().stream()
                        .collect(Collectors.toUnmodifiableMap(
                                ApiToken::sha256, Function.identity(), (first, second) -> first));
            }
            version = now;
            return bySha256;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's identity and time: an atomic replacement is a new file even within the clock's resolution. */
    private static Object stamp(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return List.of(Objects.toString(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
    }
}
