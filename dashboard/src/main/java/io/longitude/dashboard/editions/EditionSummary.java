package io.longitude.dashboard.editions;

import java.time.LocalDate;
import java.util.Objects;

/** An edition as the dashboard lists it. */
public record EditionSummary(
        String programmeId,
        String editionId,
        int number,
        LocalDate startDate,
        LocalDate endDate,
        String targetGroup,
        String funderId) {
    public EditionSummary {
        Objects.requireNonNull(programmeId, "programmeId is null");
        Objects.requireNonNull(editionId, "editionId is null");
    }
}
