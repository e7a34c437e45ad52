package io.longitude.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A coach's assessment of a candidate's sustainable-development integration at one wave.
 *
 * @param sdIntegration 0 not integrated, 1 in the general approach, 2 in the core business
 */
public record Assessment(String participantKey, String editionId, String wave, int sdIntegration, LocalDate assessedAt) {
    public Assessment {
        Objects.requireNonNull(participantKey, "participantKey is null");
        Objects.requireNonNull(editionId, "editionId is null");
        Objects.requireNonNull(wave, "wave is null");
        if (sdIntegration < 0 || sdIntegration > 2) {
            throw new IllegalArgumentException("Cannot create assessment, sd_integration must be 0, 1 or 2: " + sdIntegration);
        }
    }
}
