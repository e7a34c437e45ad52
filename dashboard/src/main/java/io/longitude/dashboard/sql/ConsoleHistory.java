package io.longitude.dashboard.sql;

import io.longitude.core.files.OwnerOnly;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.sql.QueryGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each user's query history and saved queries, in one JSON file per user under {@code console/} beside the users file
 * (by default {@code data/console/<user>.json}): the folder {@code rwx------}, each file {@code rw-------}, written
 * whole to a temporary file and moved over the old one. A user reads and changes only their own file; the query texts
 * are theirs (they may quote a participant key), so they are kept on the server, never in a log.
 */
@Component
class ConsoleHistory {
    /** Entries of the history kept, newest first. */
    static final int HISTORY_SIZE = 100;
    /** Saved queries a user may keep. */
    static final int SAVED_SIZE = 200;

    static final int NAME_LENGTH = 100;
    private static final Pattern SAFE_USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One run: the text, when, what came of it ({@code ok} or an error kind) and how many rows it returned. */
    record Run(String sql, Instant at, String outcome, long rows) {}

    /** A saved query, replaced when saved again under the same name. */
    record Saved(String name, String sql, Instant savedAt) {}

    /** The user's file. */
    record UserFile(List<Run> history, List<Saved> saved) {
        UserFile {
            history = history == null ? List.of() : List.copyOf(history);
            saved = saved == null ? List.of() : List.copyOf(saved);
        }
    }

    private final Path folder;

    @org.springframework.beans.factory.annotation.Autowired
    ConsoleHistory(LongitudeProperties properties) {
        this(Path.of(properties.users()).toAbsolutePath().getParent().resolve("console"));
    }

    ConsoleHistory(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    synchronized List<Run> history(String username) {
        return read(username).history();
    }

    synchronized List<Saved> saved(String username) {
        return read(username).saved();
    }

    synchronized void recordRun(String username, String sql, String outcome, long rows) {
        if (sql == null || sql.isBlank() || sql.length() > QueryGuard.MAX_LENGTH) {
            return;
        }
        UserFile file = read(username);
        List<Run> history = new ArrayList<>();
        history.add(new Run(sql, Instant.now(), outcome, rows));
        file.history().stream()
                .filter(run -> !run.sql().equals(sql))
                .limit(HISTORY_SIZE - 1)
                .forEach(history::add);
        write(username, new UserFile(history, file.saved()));
    }

    /** Saves (or replaces) a query under a name; the newest first. */
    synchronized Saved save(String username, String name, String sql) {
        String trimmed = Objects.requireNonNullElse(name, "").strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("Cannot save the query, its name must have 1 to " + NAME_LENGTH
                    + " characters: " + trimmed.length());
        }
        if (sql == null || sql.isBlank() || sql.length() > QueryGuard.MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "Cannot save the query, its text must have 1 to " + QueryGuard.MAX_LENGTH + " characters");
        }
        UserFile file = read(username);
        List<Saved> saved = new ArrayList<>(file.saved().stream()
                .filter(query -> !query.name().equals(trimmed))
                .toList());
        if (saved.size() >= SAVED_SIZE) {
            throw new IllegalArgumentException(
                    "Cannot save the query, you have " + SAVED_SIZE + " saved queries: delete one first");
        }
        Saved query = new Saved(trimmed, sql, Instant.now());
        saved.add(0, query);
        write(username, new UserFile(file.history(), saved));
        return query;
    }

    /** Deletes a saved query; false when the user has none of that name. */
    synchronized boolean delete(String username, String name) {
        UserFile file = read(username);
        List<Saved> kept = file.saved().stream()
                .filter(query -> !query.name().equals(name))
                .toList();
        if (kept.size() == file.saved().size()) {
            return false;
        }
        write(username, new UserFile(file.history(), kept));
        return true;
    }

    /** The user's file: their name when it is a plain one, else the SHA-256 of it (no path tricks either way). */
    Path file(String username) {
        String name = SAFE_USERNAME.matcher(username).matches()
                ? username
                : "sha256-" + HexFormat.of().formatHex(SqlConsole.sha256Bytes(username));
        return folder.resolve(name + ".json");
    }

    private UserFile read(String username) {
        Path path = file(username);
        if (!Files.exists(path)) {
            return new UserFile(List.of(), List.of());
        }
        try {
            return JSON.readValue(Files.readString(path, StandardCharsets.UTF_8), UserFile.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the console history " + path + ": " + e.getMessage(), e);
        }
    }

    private void write(String username, UserFile file) {
        Path path = file(username);
        try {
            OwnerOnly.replaceString(path, JSON.writeValueAsString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the console history " + path + ": " + e.getMessage(), e);
        }
    }
}
