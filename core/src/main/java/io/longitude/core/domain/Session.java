package io.longitude.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One group meeting of an edition. */
public record Session(String sessionId, String editionId, LocalDate date, SessionKind kind, String theme) {
    public Session {
        Objects.requireNonNull(sessionId, "sessionId is null");
        Objects.requireNonNull(editionId, "editionId is null");
        Objects.requireNonNull(kind, "kind is null");
    }
}
