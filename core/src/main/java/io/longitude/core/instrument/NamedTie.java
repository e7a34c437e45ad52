package io.longitude.core.instrument;

import io.longitude.core.domain.TieKind;
import java.util.Objects;

/** One entry of a ties answer: the source identifier of the other participant and the kind of tie. */
public record NamedTie(String participantId, TieKind kind) {
    public NamedTie {
        Objects.requireNonNull(participantId, "participantId is null");
        Objects.requireNonNull(kind, "kind is null");
    }
}
