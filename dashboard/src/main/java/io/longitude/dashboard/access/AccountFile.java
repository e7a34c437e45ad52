package io.longitude.dashboard.access;

import io.longitude.core.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The users file ({@code data/users.yaml} by default): one entry per user with role, programmes and bcrypt hash.
 * Written owner-only ({@code rw-------}) and replaced atomically, so a running server never reads half a file.
 */
public final class AccountFile {
    private static final String HEADER =
            "# Longitude users: ./longitude users add|list|remove. Passwords are bcrypt hashes.\n";

    private final Path file;

    public AccountFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** Every account in the file; none when the file does not exist. */
    public List<Account> read() {
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
            if (!(document instanceof Map<?, ?> root) || !(root.get("users") instanceof List<?> users)) {
                throw new IllegalArgumentException(file + ": expected a top-level 'users:' list");
            }
            List<Account> accounts = new ArrayList<>();
            for (int index = 0; index < users.size(); index++) {
                accounts.add(account(users.get(index), index + 1));
            }
            return List.copyOf(accounts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + file, e);
        }
    }

    private Account account(Object entry, int position) {
        if (!(entry instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(file + ": user " + position + " is not a mapping");
        }
        try {
            Object programmes = fields.get("programmes");
            List<String> scope = programmes instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : programmes == null ? List.of() : List.of(String.valueOf(programmes));
            return new Account(
                    String.valueOf(fields.get("username")),
                    String.valueOf(fields.get("password_hash")),
                    Role.valueOf(String.valueOf(fields.get("role")).toUpperCase(Locale.ROOT)),
                    scope);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": user " + position + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the file's content with these accounts. */
    public void write(List<Account> accounts) {
        List<Map<String, Object>> users =
                accounts.stream().map(AccountFile::fields).toList();
        String yaml = HEADER
                + new Dump(DumpSettings.builder()
                                .setDefaultFlowStyle(FlowStyle.BLOCK)
                                .build())
                        .dumpToString(Map.of("users", users));
        try {
            OwnerOnly.replaceString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the users file " + file, e);
        }
    }

    private static Map<String, Object> fields(Account account) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", account.username());
        fields.put("role", account.role().name());
        fields.put("programmes", account.programmes());
        fields.put("password_hash", account.passwordHash());
        return fields;
    }
}
