package io.longitude.ingest.generate;

import io.longitude.core.domain.SessionKind;
import io.longitude.core.domain.Wave;
import java.time.LocalDate;
import java.util.List;

/** The calendar of one generated edition: ten weekly sessions and the dates of its waves. */
record EditionPlan(int number, String editionId, LocalDate start, LocalDate end, int candidates) {
    static final LocalDate FIRST_START = LocalDate.of(2022, 1, 10);
    static final int SESSIONS = 10;
    /** Six thematic sessions and four Business Model Canvas workshops, interleaved. */
    static final List<SessionKind> KINDS = List.of(
            SessionKind.THEMATIC,
            SessionKind.THEMATIC,
            SessionKind.BMC_WORKSHOP,
            SessionKind.THEMATIC,
            SessionKind.THEMATIC,
            SessionKind.BMC_WORKSHOP,
            SessionKind.THEMATIC,
            SessionKind.BMC_WORKSHOP,
            SessionKind.THEMATIC,
            SessionKind.BMC_WORKSHOP);

    static final List<String> THEMES = List.of(
            "What sustainable development means for you",
            "Circular economy",
            "BMC: value proposition",
            "Social impact and inclusion",
            "Energy and mobility",
            "BMC: partners and resources",
            "Sustainable purchasing",
            "BMC: revenue and costs",
            "Communicating sustainability",
            "BMC: pitch");

    static EditionPlan of(ProgrammeNames names, int number, int candidates) {
        LocalDate start = FIRST_START.plusMonths(6L * (number - 1));
        return new EditionPlan(number, names.editionId(number), start, start.plusWeeks(SESSIONS - 1), candidates);
    }

    String sessionId(int index) {
        return editionId + "-S" + String.format("%02d", index + 1);
    }

    /** The index (0 to 9) of one of this edition's session ids. */
    int sessionIndex(String sessionId) {
        return Integer.parseInt(sessionId.substring(sessionId.lastIndexOf("-S") + 2)) - 1;
    }

    LocalDate sessionDate(int index) {
        return start.plusWeeks(index);
    }

    LocalDate waveDate(int waveIndex) {
        return Wave.STANDARD.get(waveIndex).plannedDate(start, end);
    }
}
