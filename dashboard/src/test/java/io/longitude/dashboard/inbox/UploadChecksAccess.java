package io.longitude.dashboard.inbox;

import java.util.Optional;

/** Opens {@link UploadChecks#withConstants} to the tests of other packages. */
public final class UploadChecksAccess {
    private UploadChecksAccess() {}

    public static String withConstants(String yaml, String edition, String wave) {
        return UploadChecks.withConstants(yaml, Optional.of(edition), Optional.of(wave));
    }
}
