package io.longitude.core.domain;

import java.util.Objects;

/**
 * A collaboration that participant {@code participantKeyA} reported with {@code participantKeyB} at a wave.
 *
 * @param editionId the reporting participant's edition
 * @param source {@code self_report} or {@code coach}
 */
public record Tie(String participantKeyA, String participantKeyB, TieKind kind, String editionId, String wave, String source) {
    public Tie {
        Objects.requireNonNull(participantKeyA, "participantKeyA is null");
        Objects.requireNonNull(participantKeyB, "participantKeyB is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(editionId, "editionId is null");
        Objects.requireNonNull(wave, "wave is null");
        Objects.requireNonNull(source, "source is null");
        if (participantKeyA.equals(participantKeyB)) {
            throw new IllegalArgumentException("Cannot create tie, a participant cannot tie with themself: " + participantKeyA);
        }
    }
}
