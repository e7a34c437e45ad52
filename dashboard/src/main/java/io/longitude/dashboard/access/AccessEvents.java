package io.longitude.dashboard.access;

/**
 * Where access control records what happened to accounts and tokens: a token created, used, refused or revoked, an
 * account locked. The audit implements it, so access depends on this interface and the audit on access, not both
 * ways.
 */
public interface AccessEvents {
    /**
     * Records that {@code viewer} did {@code action} to {@code object}.
     *
     * @param action what kind of thing: {@code token.create}, {@code token.use}, {@code token.refused}, ...
     * @param object what it was done to: a token's label, with the request where one was used
     */
    void record(Viewer viewer, String action, String object);

    /**
     * Records what the application did on its own, with no signed-in viewer: {@code user} names the part that did it
     * ({@code sign-in}), {@code count} how many times it happened (failed sign-ins before a lock).
     */
    void recordSystem(String user, String action, String object, long count);
}
