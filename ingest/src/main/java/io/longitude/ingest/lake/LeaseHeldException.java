package io.longitude.ingest.lake;

import java.time.Instant;

/** Another live process holds the writer lease of a lake on which Delta allows one writer at a time. */
public final class LeaseHeldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient WriterLease.Holder holder;

    LeaseHeldException(String lakeRoot, WriterLease.Holder holder) {
        super("Cannot write to " + lakeRoot + ": " + holder.describe(Instant.now()) + " is writing to it, and "
                + (holder.exclusive()
                        ? "it needs the lake to itself (an erasure deletes old files without retention)"
                        : "Delta on S3 without a commit coordinator allows one writer at a time")
                + ". Let it finish (upload through the server instead), or stop it first; "
                + "a lease not renewed for " + WriterLease.VALID_FOR.toSeconds() + " s expires ("
                + WriterLease.FILE_NAME + ").");
        this.holder = holder;
    }

    public WriterLease.Holder holder() {
        return holder;
    }
}
