package io.longitude.ingest.validation;

import java.util.Map;
import java.util.Set;

/**
 * What the lake already knows, against which rows are checked.
 *
 * @param programmeByEdition edition id to programme id
 * @param enrolments {@code participant_key|edition_id} of every enrolment, referred ones included
 * @param participants every known participant key
 * @param editionBySession session id to edition id
 */
public record ReferenceData(
        Map<String, String> programmeByEdition,
        Set<String> enrolments,
        Set<String> participants,
        Map<String, String> editionBySession) {
    public static final ReferenceData EMPTY = new ReferenceData(Map.of(), Set.of(), Set.of(), Map.of());

    public ReferenceData {
        programmeByEdition = Map.copyOf(programmeByEdition);
        enrolments = Set.copyOf(enrolments);
        participants = Set.copyOf(participants);
        editionBySession = Map.copyOf(editionBySession);
    }

    public static String enrolmentKey(String participantKey, String editionId) {
        return participantKey + "|" + editionId;
    }

    public boolean enrolled(String participantKey, String editionId) {
        return enrolments.contains(enrolmentKey(participantKey, editionId));
    }
}
