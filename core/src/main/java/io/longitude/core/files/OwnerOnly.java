package io.longitude.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Folders (0700) and files (0600) that only their owner can read: uploads, the quarantine, the inbox's reports, which
 * may hold names and e-mail addresses. Only what is created here gets these permissions; existing folders (a parent
 * such as {@code /tmp}) are left as they are. On a file system without POSIX permissions, plain folders and files.
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** Creates the folder and its missing parents, each readable by the owner only; returns it. */
    public static Path folder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path at = absolute; at != null && !Files.isDirectory(at); at = at.getParent()) {
            missing.push(at);
        }
        for (Path create : missing) {
            try {
                Files.createDirectory(create, attributes(create, FOLDER));
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(create)) {
                    throw e;
                }
            }
        }
        return folder;
    }

    /** Creates the file empty, readable by the owner only, unless it exists; its folder too. Returns it. */
    public static Path file(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            folder(parent);
        }
        try {
            Files.createFile(file, attributes(file, FILE));
        } catch (FileAlreadyExistsException e) {
            // kept as it is
        }
        return file;
    }

    /** Writes {@code content} to a new file readable by the owner only (replacing any file of that name). */
    public static Path copy(InputStream content, Path file) throws IOException {
        Files.deleteIfExists(file);
        file(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            content.transferTo(out);
        }
        return file;
    }

    /** Writes the text to a new file readable by the owner only (replacing any file of that name). */
    public static Path writeString(Path file, CharSequence text) throws IOException {
        Files.deleteIfExists(file);
        file(file);
        return Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Replaces the file's content at once, readable by the owner only: the text goes to a new owner-only file beside it,
     * which then takes its name in one atomic move, so a reader sees the old content or the new, never a part.
     */
    public static Path replaceString(Path file, CharSequence text) throws IOException {
        Path parent = folder(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp", attributes(file, FILE));
        try {
            Files.writeString(temporary, text, java.nio.charset.StandardCharsets.UTF_8);
            return Files.move(
                    temporary,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] attributes(Path path, Set<PosixFilePermission> permissions) {
        Path existing = path.toAbsolutePath().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        boolean posix = existing == null
                || existing.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
