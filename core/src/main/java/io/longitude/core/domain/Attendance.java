package io.longitude.core.domain;

import java.util.Objects;

/** A pseudonymous participant attended a session. */
public record Attendance(String sessionId, String participantKey, String editionId) {
    public Attendance {
        Objects.requireNonNull(sessionId, "sessionId is null");
        Objects.requireNonNull(participantKey, "participantKey is null");
        Objects.requireNonNull(editionId, "editionId is null");
    }
}
