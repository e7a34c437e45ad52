package io.longitude.dashboard.access;

import io.longitude.core.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The tokens file ({@code tokens.yaml} next to the users file): one entry per personal API token with its owner,
 * name, programmes, access, dates and the SHA-256 of its secret. A secret is 256 random bits, so a fast hash is
 * enough: nobody can guess one to match. Written owner-only and replaced atomically, like the users file.
 */
public final class TokenFile {
    /** What every secret starts with, so that secret scanners and people recognise one. */
    public static final String PREFIX = "lgt_";
    /** The longest a token may live. */
    public static final Duration LONGEST = Duration.ofDays(366);

    private static final String HEADER =
            "# Longitude API tokens: ./longitude users token create|list|revoke. Secrets are stored as SHA-256.\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    public TokenFile(Path file) {
        this.file = file;
    }

    /** The tokens file beside this users file. */
    public static TokenFile besideUsers(Path users) {
        return new TokenFile(users.resolveSibling("tokens.yaml"));
    }

    public Path path() {
        return file;
    }

    /** A token just issued, with the secret the user sees once. */
    public record Issued(ApiToken token, String secret) {}

    /** Every token in the file; none when the file does not exist. */
    public List<ApiToken> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            Object document = new Load(
                            LoadSettings.builder().setLabel(file.toString()).build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            if (document == null) {
                return List.of();
            }
            if (!(document instanceof Map<?, ?> root) || !(root.get("tokens") instanceof List<?> tokens)) {
                throw new IllegalArgumentException(file + ": expected a top-level 'tokens:' list");
            }
            List<ApiToken> read = new ArrayList<>();
            for (int index = 0; index < tokens.size(); index++) {
                read.add(token(tokens.get(index), index + 1));
            }
            return List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tokens file " + file, e);
        }
    }

    private ApiToken token(Object entry, int position) {
        if (!(entry instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(file + ": token " + position + " is not a mapping");
        }
        try {
            List<String> programmes = fields.get("programmes") instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : List.of();
            Object revoked = fields.get("revoked");
            return new ApiToken(
                    text(fields, "id"),
                    text(fields, "username"),
                    text(fields, "name"),
                    programmes,
                    "read-write".equals(fields.get("access")),
                    Instant.parse(text(fields, "created")),
                    Instant.parse(text(fields, "expires")),
                    revoked == null ? null : Instant.parse(String.valueOf(revoked)),
                    text(fields, "sha256"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": token " + position + ": " + e.getMessage(), e);
        }
    }

    private static String text(Map<?, ?> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("field '" + key + "' is missing");
        }
        return String.valueOf(value);
    }

    /**
     * What is wrong with issuing this token to this account, one line each; none when it may be issued.
     *
     * @param programmes the programmes to narrow it to; empty for all of the account's
     */
    public List<String> problems(Account account, String name, List<String> programmes, Instant expires, Instant now) {
        List<String> problems = new ArrayList<>();
        if (name == null || !ApiToken.NAME.matcher(name).matches()) {
            problems.add(
                    "token name '" + name + "' is not valid: use 1-64 letters, digits, spaces, '.', '_', '-' or '@'");
        } else if (read().stream()
                .anyMatch(token -> token.username().equals(account.username())
                        && token.name().equals(name)
                        && token.live(now))) {
            problems.add("user " + account.username() + " already has a token named '" + name
                    + "'; revoke it or choose another name");
        }
        Viewer user = account.viewer();
        for (String programme : programmes) {
            if (programme.equals(Account.EVERY_PROGRAMME)
                    ? !user.sees(programme) || !account.programmes().contains(Account.EVERY_PROGRAMME)
                    : !user.sees(programme)) {
                problems.add("programme " + programme + " is not one of user " + account.username() + "'s ("
                        + String.join(",", account.programmes()) + ")");
            }
        }
        if (!expires.isAfter(now)) {
            problems.add("expiry " + expires + " is not in the future");
        } else if (expires.isAfter(now.plus(LONGEST))) {
            problems.add("expiry " + expires + " is more than " + LONGEST.toDays() + " days away");
        }
        return problems;
    }

    /** Issues a token; {@link #problems} must have found none. */
    public synchronized Issued issue(
            Account account, String name, List<String> programmes, boolean write, Instant expires, Instant now) {
        List<String> problems = problems(account, name, programmes, expires, now);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot issue the token: " + String.join("; ", problems));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        List<String> narrowed = programmes.contains(Account.EVERY_PROGRAMME) ? List.of() : programmes;
        ApiToken token = new ApiToken(
                HexFormat.of().formatHex(id),
                account.username(),
                name,
                narrowed,
                write,
                now,
                expires,
                null,
                sha256(secret));
        List<ApiToken> tokens = new ArrayList<>(read());
        tokens.add(token);
        write(tokens);
        return new Issued(token, secret);
    }

    /** Revokes the user's live token of that name or id; false when there is none. */
    public synchronized boolean revoke(String username, String nameOrId, Instant now) {
        List<ApiToken> tokens = new ArrayList<>(read());
        boolean found = false;
        for (int index = 0; index < tokens.size(); index++) {
            ApiToken token = tokens.get(index);
            if (token.username().equals(username)
                    && token.live(now)
                    && (token.name().equals(nameOrId) || token.id().equals(nameOrId))) {
                tokens.set(index, token.revokedAt(now));
                found = true;
            }
        }
        if (found) {
            write(tokens);
        }
        return found;
    }

    /** The SHA-256 of a secret, in hex: how the file and the server know a token. */
    public static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Replaces the file's content with these tokens. */
    public void write(List<ApiToken> tokens) {
        List<Map<String, Object>> entries =
                tokens.stream().map(TokenFile::fields).toList();
        String yaml = HEADER
                + new Dump(DumpSettings.builder()
                                .setDefaultFlowStyle(FlowStyle.BLOCK)
                                .build())
                        .dumpToString(Map.of("tokens", entries));
        try {
            OwnerOnly.replaceString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the tokens file " + file, e);
        }
    }

    private static Map<String, Object> fields(ApiToken token) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", token.id());
        fields.put("username", token.username());
        fields.put("name", token.name());
        fields.put("programmes", token.programmes());
        fields.put("access", token.write() ? "read-write" : "read-only");
        fields.put("created", token.created().toString());
        fields.put("expires", token.expires().toString());
        if (token.revoked() != null) {
            fields.put("revoked", token.revoked().toString());
        }
        fields.put("sha256", token.sha256());
        return fields;
    }
}
