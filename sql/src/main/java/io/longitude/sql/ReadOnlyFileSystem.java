package io.longitude.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.BulkDelete;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSDataOutputStreamBuilder;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.MultipartUploaderBuilder;
import org.apache.hadoop.fs.Options.ChecksumOpt;
import org.apache.hadoop.fs.Options.Rename;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.StorageType;
import org.apache.hadoop.fs.XAttrSetFlag;
import org.apache.hadoop.fs.permission.AclEntry;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.security.AccessControlException;
import org.apache.hadoop.util.Progressable;
import org.apache.hadoop.util.ReflectionUtils;

/**
 * A Hadoop file system that reads through to the real one and refuses every change. The SQL console's Spark session
 * maps the lake's scheme to it ({@code fs.<scheme>.impl}), so that even a write that slipped past {@link QueryGuard}
 * fails at the storage layer: Spark copies a session's SQL settings into the Hadoop configuration of every read and
 * write it plans for that session, and only for that session.
 *
 * <p>The real implementation is named by {@code longitude.read-only.<scheme>.delegate} (a class name).
 */
public class ReadOnlyFileSystem extends FilterFileSystem {
    /** The configuration key naming the real file system class of a scheme. */
    public static String delegateKey(String scheme) {
        return "longitude.read-only." + scheme + ".delegate";
    }

    public ReadOnlyFileSystem() {
        super();
    }

    @Override
    public void initialize(URI name, Configuration conf) throws IOException {
        String scheme = name.getScheme() == null ? "file" : name.getScheme();
        Class<?> delegate = conf.getClass(delegateKey(scheme), null);
        if (delegate == null || ReadOnlyFileSystem.class.isAssignableFrom(delegate)) {
            throw new IOException(
                    "Cannot open " + name + " read-only, no delegate file system configured for scheme: " + scheme);
        }
        fs = (FileSystem) ReflectionUtils.newInstance(delegate, conf);
        super.initialize(name, conf);
    }

    @Override
    public String getScheme() {
        return fs == null ? "file" : fs.getScheme();
    }

    private static AccessControlException refused(String action, Path path) {
        return new AccessControlException("Cannot " + action + ", the SQL console's file system is read-only: " + path);
    }

    @Override
    public FSDataOutputStream create(
            Path f,
            FsPermission permission,
            boolean overwrite,
            int bufferSize,
            short replication,
            long blockSize,
            Progressable progress)
            throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream create(
            Path f,
            FsPermission permission,
            EnumSet<CreateFlag> flags,
            int bufferSize,
            short replication,
            long blockSize,
            Progressable progress,
            ChecksumOpt checksumOpt)
            throws IOException {
        throw refused("create", f);
    }

    @Override
    protected FSDataOutputStream primitiveCreate(
            Path f,
            FsPermission absolutePermission,
            EnumSet<CreateFlag> flag,
            int bufferSize,
            short replication,
            long blockSize,
            Progressable progress,
            ChecksumOpt checksumOpt)
            throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream createNonRecursive(
            Path f,
            FsPermission permission,
            EnumSet<CreateFlag> flags,
            int bufferSize,
            short replication,
            long blockSize,
            Progressable progress)
            throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream append(Path f, int bufferSize, Progressable progress) throws IOException {
        throw refused("append to", f);
    }

    @Override
    public boolean truncate(Path f, long newLength) throws IOException {
        throw refused("truncate", f);
    }

    @Override
    public void concat(Path f, Path[] psrcs) throws IOException {
        throw refused("concatenate into", f);
    }

    @Override
    public boolean rename(Path src, Path dst) throws IOException {
        throw refused("rename", src);
    }

    @Override
    protected void rename(Path src, Path dst, Rename... options) throws IOException {
        throw refused("rename", src);
    }

    @Override
    public boolean delete(Path f, boolean recursive) throws IOException {
        throw refused("delete", f);
    }

    @Override
    public boolean mkdirs(Path f, FsPermission permission) throws IOException {
        throw refused("create the folder", f);
    }

    @Override
    protected boolean primitiveMkdir(Path f, FsPermission absolutePermission) throws IOException {
        throw refused("create the folder", f);
    }

    @Override
    public void copyFromLocalFile(boolean delSrc, boolean overwrite, Path[] srcs, Path dst) throws IOException {
        throw refused("copy to", dst);
    }

    @Override
    public void copyFromLocalFile(boolean delSrc, boolean overwrite, Path src, Path dst) throws IOException {
        throw refused("copy to", dst);
    }

    @Override
    public void copyToLocalFile(boolean delSrc, Path src, Path dst) throws IOException {
        throw refused("copy", src);
    }

    @Override
    public void moveFromLocalFile(Path[] srcs, Path dst) throws IOException {
        throw refused("move to", dst);
    }

    @Override
    public Path startLocalOutput(Path fsOutputFile, Path tmpLocalFile) throws IOException {
        throw refused("write", fsOutputFile);
    }

    @Override
    public void completeLocalOutput(Path fsOutputFile, Path tmpLocalFile) throws IOException {
        throw refused("write", fsOutputFile);
    }

    @Override
    public boolean setReplication(Path src, short replication) throws IOException {
        throw refused("change the replication of", src);
    }

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
        throw refused("change the permission of", p);
    }

    @Override
    public void setOwner(Path p, String username, String groupname) throws IOException {
        throw refused("change the owner of", p);
    }

    @Override
    public void setTimes(Path p, long mtime, long atime) throws IOException {
        throw refused("change the times of", p);
    }

    @Override
    public void createSymlink(Path target, Path link, boolean createParent) throws IOException {
        throw refused("create the link", link);
    }

    @Override
    public void modifyAclEntries(Path path, List<AclEntry> aclSpec) throws IOException {
        throw refused("change the ACL of", path);
    }

    @Override
    public void removeAclEntries(Path path, List<AclEntry> aclSpec) throws IOException {
        throw refused("change the ACL of", path);
    }

    @Override
    public void removeDefaultAcl(Path path) throws IOException {
        throw refused("change the ACL of", path);
    }

    @Override
    public void removeAcl(Path path) throws IOException {
        throw refused("change the ACL of", path);
    }

    @Override
    public void setAcl(Path path, List<AclEntry> aclSpec) throws IOException {
        throw refused("change the ACL of", path);
    }

    @Override
    public void setXAttr(Path path, String name, byte[] value, EnumSet<XAttrSetFlag> flag) throws IOException {
        throw refused("set an attribute of", path);
    }

    @Override
    public void removeXAttr(Path path, String name) throws IOException {
        throw refused("remove an attribute of", path);
    }

    @Override
    public Path createSnapshot(Path path, String snapshotName) throws IOException {
        throw refused("snapshot", path);
    }

    @Override
    public void renameSnapshot(Path path, String snapshotOldName, String snapshotNewName) throws IOException {
        throw refused("rename a snapshot of", path);
    }

    @Override
    public void deleteSnapshot(Path path, String snapshotName) throws IOException {
        throw refused("delete a snapshot of", path);
    }

    @Override
    public void setStoragePolicy(Path src, String policyName) throws IOException {
        throw refused("change the storage policy of", src);
    }

    @Override
    public boolean mkdirs(Path f) throws IOException {
        throw refused("create the folder", f);
    }

    @Override
    @SuppressWarnings("deprecation") // deprecated in FileSystem, still a way to write: refused like the others
    protected void primitiveMkdir(Path f, FsPermission absolutePermission, boolean createParent) throws IOException {
        throw refused("create the folder", f);
    }

    @Override
    public FSDataOutputStream createNonRecursive(
            Path f, boolean overwrite, int bufferSize, short replication, long blockSize, Progressable progress)
            throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream createNonRecursive(
            Path f,
            FsPermission permission,
            boolean overwrite,
            int bufferSize,
            short replication,
            long blockSize,
            Progressable progress)
            throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream append(Path f, int bufferSize, Progressable progress, boolean appendToNewBlock)
            throws IOException {
        throw refused("append to", f);
    }

    @Override
    @SuppressWarnings("rawtypes") // FileSystem declares the raw type
    public FSDataOutputStreamBuilder createFile(Path path) {
        throw new UncheckedIOException(refused("create", path));
    }

    @Override
    @SuppressWarnings("rawtypes") // FileSystem declares the raw type
    public FSDataOutputStreamBuilder appendFile(Path path) {
        throw new UncheckedIOException(refused("append to", path));
    }

    @Override
    public BulkDelete createBulkDelete(Path path) throws IOException {
        throw refused("delete", path);
    }

    @Override
    @SuppressWarnings("rawtypes") // FileSystem declares the raw type
    public MultipartUploaderBuilder createMultipartUploader(Path basePath) throws IOException {
        throw refused("upload to", basePath);
    }

    @Override
    public void copyFromLocalFile(boolean delSrc, Path src, Path dst) throws IOException {
        throw refused("copy to", dst);
    }

    @Override
    public void copyFromLocalFile(Path src, Path dst) throws IOException {
        throw refused("copy to", dst);
    }

    @Override
    public void copyToLocalFile(boolean delSrc, Path src, Path dst, boolean useRawLocalFileSystem) throws IOException {
        throw refused("copy", src);
    }

    @Override
    public void copyToLocalFile(Path src, Path dst) throws IOException {
        throw refused("copy", src);
    }

    @Override
    public void moveFromLocalFile(Path src, Path dst) throws IOException {
        throw refused("move to", dst);
    }

    @Override
    public void moveToLocalFile(Path src, Path dst) throws IOException {
        throw refused("move", src);
    }

    @Override
    public void setXAttr(Path path, String name, byte[] value) throws IOException {
        throw refused("set an attribute of", path);
    }

    @Override
    public void unsetStoragePolicy(Path src) throws IOException {
        throw refused("change the storage policy of", src);
    }

    @Override
    public void satisfyStoragePolicy(Path path) throws IOException {
        throw refused("change the storage policy of", path);
    }

    @Override
    public void setQuota(Path src, long namespaceQuota, long storagespaceQuota) throws IOException {
        throw refused("change the quota of", src);
    }

    @Override
    public void setQuotaByStorageType(Path src, StorageType type, long quota) throws IOException {
        throw refused("change the quota of", src);
    }

    @Override
    public boolean deleteOnExit(Path f) throws IOException {
        throw refused("delete", f);
    }

    @Override
    public boolean createNewFile(Path f) throws IOException {
        throw refused("create", f);
    }

    @Override
    @SuppressWarnings("deprecation") // deprecated in FileSystem, still a way to write: refused like the others
    public boolean delete(Path f) throws IOException {
        throw refused("delete", f);
    }

    // FileSystem's shortcuts route to the methods above; overridden all the same, so no future routing can bypass them.

    @Override
    public FSDataOutputStream append(Path f, int bufferSize) throws IOException {
        throw refused("append to", f);
    }

    @Override
    public FSDataOutputStream append(Path f) throws IOException {
        throw refused("append to", f);
    }

    @Override
    public FSDataOutputStream append(Path f, boolean appendToNewBlock) throws IOException {
        throw refused("append to", f);
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, Progressable progress)
            throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize) throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize)
            throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream create(Path f, Progressable progress) throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream create(Path f) throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite) throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream create(Path f, short replication) throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream create(Path f, short replication, Progressable progress) throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream create(
            Path f,
            FsPermission permission,
            EnumSet<CreateFlag> flags,
            int bufferSize,
            short replication,
            long blockSize,
            Progressable progress)
            throws IOException {
        throw refused("create", f);
    }

    @Override
    public FSDataOutputStream create(
            Path f, boolean overwrite, int bufferSize, short replication, long blockSize, Progressable progress)
            throws IOException {
        throw refused("create", f);
    }

    @Override
    public void access(Path path, FsAction mode) throws IOException {
        if (mode.implies(FsAction.WRITE)) {
            throw refused("write", path);
        }
        super.access(path, mode);
    }

    /**
     * The session settings that make a scheme read-only: both Hadoop file system APIs map to the read-only wrappers,
     * and the instance cache is off for the scheme, since a cached writable instance would otherwise be reused.
     *
     * @param scheme a URI scheme ({@code file}, {@code hdfs}, {@code s3a})
     * @param delegate the class name of the scheme's real {@link FileSystem}
     */
    static Map<String, String> settings(String scheme, String delegate) {
        return Map.of(
                "fs." + scheme + ".impl",
                ReadOnlyFileSystem.class.getName(),
                "fs." + scheme + ".impl.disable.cache",
                "true",
                delegateKey(scheme),
                delegate,
                "fs.AbstractFileSystem." + scheme + ".impl",
                ReadOnlyFs.class.getName());
    }
}
