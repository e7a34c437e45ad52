package io.longitude.ingest.generate;

import java.util.List;

/** The rows one generated candidate contributes to each canonical file. */
record SimulatedCandidate(
        String[] participant,
        String[] alumnusEnrolment,
        List<String[]> attendance,
        List<String[]> assessments,
        String[][] followupByWave) {}
