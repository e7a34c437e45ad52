package io.longitude.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One run of a programme: about ten group meetings between a start and an end date. */
public record Edition(
        String programmeId,
        String editionId,
        int number,
        LocalDate startDate,
        LocalDate endDate,
        String targetGroup,
        String funderId) {
    public Edition {
        Objects.requireNonNull(programmeId, "programmeId is null");
        Objects.requireNonNull(editionId, "editionId is null");
        Objects.requireNonNull(startDate, "startDate is null");
        Objects.requireNonNull(endDate, "endDate is null");
        if (number < 1) {
            throw new IllegalArgumentException("Cannot create edition " + editionId + ", number must be at least 1: " + number);
        }
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Cannot create edition " + editionId + ", end date is before start date: " + endDate);
        }
    }
}
