package io.longitude.ingest.generate;

import java.util.List;

/**
 * The rows one generated candidate contributes to each canonical file.
 *
 * @param levels the true sd_integration level at W0 to W4 (whether or not reported); null for a referred-only
 *     candidate outside the comparison group
 * @param comparison true for a referred-only candidate who answers the follow-up questionnaire
 */
record SimulatedCandidate(
        String[] participant,
        String[] alumnusEnrolment,
        List<String[]> attendance,
        List<String[]> assessments,
        String[][] followupByWave,
        int[] levels,
        boolean comparison) {

    /** True when enrolled in the edition (not referred only). */
    boolean enrolled() {
        return !"referred".equals(participant[8]);
    }
}
