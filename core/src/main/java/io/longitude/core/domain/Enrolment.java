package io.longitude.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pseudonymous person's place in one edition. Holds no name, e-mail or phone number.
 *
 * @param participantKey HMAC-SHA256 pseudonym of the source identifier
 * @param keyVersion version of the pseudonym key that made {@code participantKey}
 */
public record Enrolment(
        String participantKey,
        int keyVersion,
        String programmeId,
        String editionId,
        Role role,
        String deskId,
        EnrolmentStatus status,
        LocalDate intakeDate,
        String sector,
        String gender,
        String ageBand) {
    public Enrolment {
        Objects.requireNonNull(participantKey, "participantKey is null");
        Objects.requireNonNull(programmeId, "programmeId is null");
        Objects.requireNonNull(editionId, "editionId is null");
        Objects.requireNonNull(role, "role is null");
        Objects.requireNonNull(status, "status is null");
    }
}
