package io.longitude.core.domain;

import java.util.Locale;

/** Where a person stands in an edition. Referred alone is not enrolment. */
public enum EnrolmentStatus {
    REFERRED,
    ENROLLED,
    COMPLETED,
    DROPPED;

    /** True for enrolled, completed and dropped: the people counted in response-rate denominators. */
    public boolean enrolled() {
        return this != REFERRED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EnrolmentStatus ofCode(String code) {
        return Codes.parse(EnrolmentStatus.class, code);
    }
}
