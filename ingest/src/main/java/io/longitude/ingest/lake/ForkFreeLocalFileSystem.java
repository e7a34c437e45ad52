package io.longitude.ingest.lake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}) without a process per call. Without Hadoop's native library (which the
 * Maven jars do not ship) the stock one runs {@code readlink} for every {@code getFileLinkStatus}, which Delta's log
 * store asks on each commit through {@code FileContext}, and {@code chmod} for every file and folder it creates with
 * a permission (the lake is written with umask 077): 3,172 processes in 59 s of ingest tests. This one answers both
 * with {@code java.nio} and leaves everything else, symbolic links included, to the stock implementation. Sessions
 * select it with {@link #SETTINGS}.
 */
public final class ForkFreeLocalFileSystem extends LocalFileSystem {
    /** The Hadoop settings (without Spark's {@code spark.hadoop.} prefix) that make both APIs use it for {@code file:}. */
    public static final Map<String, String> SETTINGS = Map.of(
            "fs.file.impl", ForkFreeLocalFileSystem.class.getName(),
            "fs.AbstractFileSystem.file.impl", ForkFreeLocalFs.class.getName());

    public ForkFreeLocalFileSystem() {
        super(new Raw());
    }

    /** The raw (checksum-less) file system underneath, also the delegate of {@link ForkFreeLocalFs}. */
    static final class Raw extends RawLocalFileSystem {
        @Override
        public FileStatus getFileLinkStatus(Path path) throws IOException {
            File file = pathToFile(path);
            if (Files.isSymbolicLink(file.toPath())) {
                return super.getFileLinkStatus(path);
            }
            // What the stock implementation returns for a file or folder that is not a link, without its readlink.
            return getFileStatus(path);
        }

        @Override
        public void setPermission(Path path, FsPermission permission) throws IOException {
            Files.setPosixFilePermissions(pathToFile(path).toPath(), posix(permission));
        }
    }

    static Set<PosixFilePermission> posix(FsPermission permission) {
        Set<PosixFilePermission> posix = EnumSet.noneOf(PosixFilePermission.class);
        add(
                posix,
                permission.getUserAction(),
                PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE);
        add(
                posix,
                permission.getGroupAction(),
                PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE);
        add(
                posix,
                permission.getOtherAction(),
                PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        return posix;
    }

    private static void add(
            Set<PosixFilePermission> posix,
            FsAction action,
            PosixFilePermission read,
            PosixFilePermission write,
            PosixFilePermission execute) {
        if (action.implies(FsAction.READ)) {
            posix.add(read);
        }
        if (action.implies(FsAction.WRITE)) {
            posix.add(write);
        }
        if (action.implies(FsAction.EXECUTE)) {
            posix.add(execute);
        }
    }
}
