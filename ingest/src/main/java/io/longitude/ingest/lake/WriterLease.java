package io.longitude.ingest.lake;

import io.longitude.core.lake.LakeUri;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The writer lease: a small file, {@value #FILE_NAME} under the lake root, that the process writing to the lake keeps
 * while it writes (the server's writer queue for each job, the CLI for its command), renewed every quarter of its
 * {@link #VALID_FOR} and deleted when the writing ends. A process killed with SIGKILL leaves it behind; it expires once
 * not renewed for {@link #VALID_FOR}.
 *
 * <p>On a shared store (local disk, HDFS, S3 with a commit coordinator) several writers are allowed and Delta's
 * conflicts are retried: a writer that finds another's lease writes anyway and says who else is writing. On a
 * {@link Store#SINGLE_WRITER} store (S3 without a commit coordinator, where two writers can overwrite each other's
 * commit) it refuses with {@link LeaseHeldException}. The lease guards against two honest Longitude processes, not
 * against a program that ignores it: it is not a lock (see {@code docs/cluster.md}).
 */
public final class WriterLease implements AutoCloseable {
    public static final String FILE_NAME = "_longitude_writer.lease";
    public static final Duration VALID_FOR = Duration.ofSeconds(60);

    private final FileSystem fileSystem;
    private final Path path;
    private final Optional<Holder> other;
    private final ScheduledExecutorService renewal;

    private WriterLease(FileSystem fileSystem, Path path, Optional<Holder> other, ScheduledExecutorService renewal) {
        this.fileSystem = fileSystem;
        this.path = path;
        this.other = other;
        this.renewal = renewal;
    }

    /** Whether the lake's store lets several processes commit to one table. */
    public enum Store {
        /** Local disk, HDFS, or S3 with a commit coordinator: atomic commits, concurrent writers retry. */
        SHARED,
        /** S3 without a commit coordinator: one writer at a time, enforced with the lease. */
        SINGLE_WRITER;

        /**
         * The store of {@code lakeRoot}: an {@code s3}, {@code s3a} or {@code s3n} URI is single-writer unless a
         * Delta log store for it is configured with DynamoDB ({@code spark.delta.logStore.s3a.impl =
         * io.delta.storage.S3DynamoDBLogStore}).
         */
        public static Store of(String lakeRoot, Map<String, String> sparkConf) {
            String scheme = LakeUri.normalise(lakeRoot).replaceFirst(":.*", "").toLowerCase(Locale.ROOT);
            if (!scheme.equals("s3") && !scheme.equals("s3a") && !scheme.equals("s3n")) {
                return SHARED;
            }
            String logStore = sparkConf.getOrDefault(
                    "spark.delta.logStore." + scheme + ".impl",
                    sparkConf.getOrDefault("spark.delta.logStore.class", ""));
            return logStore.contains("DynamoDB") ? SHARED : SINGLE_WRITER;
        }
    }

    /**
     * Who holds a lease.
     *
     * @param name what the holder is, e.g. {@code Longitude server on port 8080} or {@code ./longitude ingest}
     * @param renewed when it was last renewed (the file's modification time)
     * @param exclusive true when the holder needs the lake to itself (an erasure, whose VACUUM without retention would
     *     delete the files another writer is writing): every other writer waits or stops, whatever the store
     */
    public record Holder(String name, String host, long pid, Instant renewed, boolean exclusive) {
        public Holder {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(host, "host is null");
            Objects.requireNonNull(renewed, "renewed is null");
        }

        public boolean live(Instant now) {
            return renewed.plus(VALID_FOR).isAfter(now);
        }

        boolean isThisProcess() {
            return host.equals(thisHost()) && pid == ProcessHandle.current().pid();
        }

        /** One phrase for a message: {@code Longitude server on port 8080 (pid 4242 on host-1, renewed 12 s ago)}. */
        public String describe(Instant now) {
            return name + " (pid " + pid + " on " + host + ", renewed "
                    + Math.max(0, Duration.between(renewed, now).toSeconds()) + " s ago)";
        }
    }

    /**
     * Takes the lease of {@code lakeRoot} for {@code name} while it writes, or, when another live process holds it,
     * writes as its guest ({@link #other} names it) on a shared store and throws {@link LeaseHeldException} on a
     * single-writer store. An expired lease is taken over.
     */
    public static WriterLease open(Configuration hadoop, String lakeRoot, String name, Store store) {
        return open(hadoop, lakeRoot, name, store, false);
    }

    /**
     * Takes the lease of {@code lakeRoot} for a writer that needs the lake to itself, such as an erasure: throws
     * {@link LeaseHeldException} when another live process holds it, on any store; while held, every other writer
     * waits or stops.
     */
    public static WriterLease openExclusive(Configuration hadoop, String lakeRoot, String name) {
        return open(hadoop, lakeRoot, name, Store.SINGLE_WRITER, true);
    }

    private static WriterLease open(
            Configuration hadoop, String lakeRoot, String name, Store store, boolean exclusive) {
        Path path = new Path(LakeUri.normalise(lakeRoot) + "/" + FILE_NAME);
        try {
            FileSystem fileSystem = local(path.getFileSystem(hadoop));
            Optional<Holder> holder = read(fileSystem, path);
            Instant now = Instant.now();
            if (holder.isPresent() && holder.get().isThisProcess()) {
                return new WriterLease(fileSystem, path, Optional.empty(), null);
            }
            if (holder.isPresent() && holder.get().live(now)) {
                if (store == Store.SINGLE_WRITER || holder.get().exclusive()) {
                    throw new LeaseHeldException(lakeRoot, holder.get());
                }
                return new WriterLease(fileSystem, path, holder, null);
            }
            if (holder.isPresent()) {
                fileSystem.delete(path, false);
            }
            if (!write(fileSystem, path, name, exclusive, false)) {
                // Another writer took it between our read and our write.
                return open(hadoop, lakeRoot, name, store, exclusive);
            }
            ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "longitude-writer-lease");
                thread.setDaemon(true);
                return thread;
            });
            long every = VALID_FOR.toMillis() / 4;
            renewal.scheduleWithFixedDelay(
                    () -> renew(fileSystem, path, name, exclusive), every, every, TimeUnit.MILLISECONDS);
            return new WriterLease(fileSystem, path, Optional.empty(), renewal);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot take the writer lease " + path + ": " + e.getMessage(), e);
        }
    }

    /** The live holder of the lease of {@code lakeRoot} other than this process, if any. */
    public static Optional<Holder> holder(Configuration hadoop, String lakeRoot) {
        Path path = new Path(LakeUri.normalise(lakeRoot) + "/" + FILE_NAME);
        try {
            Instant now = Instant.now();
            return read(local(path.getFileSystem(hadoop)), path)
                    .filter(holder -> !holder.isThisProcess() && holder.live(now));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The live process that held the lease when this one started writing, if it was not this one. */
    public Optional<Holder> other() {
        return other;
    }

    /** True when this process holds the lease (and deletes it on close). */
    public boolean held() {
        return renewal != null;
    }

    @Override
    public void close() {
        if (renewal == null) {
            return;
        }
        renewal.shutdownNow();
        try {
            Optional<Holder> holder = read(fileSystem, path);
            if (holder.isPresent() && holder.get().isThisProcess()) {
                fileSystem.delete(path, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the writer lease " + path + ": " + e.getMessage(), e);
        }
    }

    private static void renew(FileSystem fileSystem, Path path, String name, boolean exclusive) {
        try {
            if (read(fileSystem, path).map(Holder::isThisProcess).orElse(true)) {
                write(fileSystem, path, name, exclusive, true);
            }
        } catch (IOException e) {
            // The next renewal tries again; a lease not renewed for VALID_FOR expires.
        }
    }

    /** Writes the lease; false when {@code overwrite} is off and the file exists. */
    private static boolean write(FileSystem fileSystem, Path path, String name, boolean exclusive, boolean overwrite)
            throws IOException {
        Properties properties = new Properties();
        properties.setProperty("name", name);
        properties.setProperty("exclusive", Boolean.toString(exclusive));
        properties.setProperty("host", thisHost());
        properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        properties.setProperty("started", ManagementFactory.getRuntimeMXBean().getStartTime() + "");
        try (OutputStream output = fileSystem.create(path, overwrite)) {
            properties.store(
                    new java.io.OutputStreamWriter(output, StandardCharsets.UTF_8),
                    "Longitude writer lease: who writes to this lake");
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException | java.nio.file.FileAlreadyExistsException e) {
            return false;
        }
    }

    static Optional<Holder> read(FileSystem fileSystem, Path path) throws IOException {
        FileStatus status;
        try {
            status = fileSystem.getFileStatus(path);
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream input = fileSystem.open(path)) {
            properties.load(new java.io.InputStreamReader(input, StandardCharsets.UTF_8));
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            properties.clear();
        }
        long pid;
        try {
            pid = Long.parseLong(properties.getProperty("pid", "-1"));
        } catch (NumberFormatException e) {
            pid = -1;
        }
        // A lease being rewritten can read empty: it is still someone's.
        return Optional.of(new Holder(
                properties.getProperty("name", "another Longitude process"),
                properties.getProperty("host", "an unknown host"),
                pid,
                Instant.ofEpochMilli(status.getModificationTime()),
                Boolean.parseBoolean(properties.getProperty("exclusive", "false"))));
    }

    /** Local disks without Hadoop's checksum files: a lease rewritten while read would fail its checksum. */
    private static FileSystem local(FileSystem fileSystem) {
        return fileSystem instanceof org.apache.hadoop.fs.ChecksumFileSystem checksummed
                ? checksummed.getRawFileSystem()
                : fileSystem;
    }

    private static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
