package io.longitude.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.longitude.core.domain.EnrolmentStatus;
import io.longitude.core.domain.Role;
import org.apache.spark.sql.Column;

/**
 * The one definition of the population most metrics count: enrolled candidates, i.e. enrolment rows of role
 * candidate whose status is enrolled, completed or dropped (not referred alone; see docs/metrics.md).
 */
public final class EnrolledCandidates {
    private EnrolledCandidates() {}

    /** True on an enrolment row of an enrolled candidate. */
    public static Column condition() {
        return col("role")
                .equalTo(lit(Role.CANDIDATE.code()))
                .and(col("status").notEqual(lit(EnrolmentStatus.REFERRED.code())));
    }
}
