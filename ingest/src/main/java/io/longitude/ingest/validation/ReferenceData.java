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
 * @param roleByEnrolment {@code participant_key|edition_id} to the role in that edition (candidate, coach, ...);
 *     possibly only some enrolments
 * @param programmeByPartner partner organisation id to its programme
 */
public record ReferenceData(
        Map<String, String> programmeByEdition,
        Set<String> enrolments,
        Set<String> participants,
        Map<String, String> editionBySession,
        Map<String, String> roleByEnrolment,
        Map<String, String> programmeByPartner) {
    public static final ReferenceData EMPTY =
            new ReferenceData(Map.of(), Set.of(), Set.of(), Map.of(), Map.of(), Map.of());

    public ReferenceData {
        programmeByEdition = Map.copyOf(programmeByEdition);
        enrolments = Set.copyOf(enrolments);
        participants = Set.copyOf(participants);
        editionBySession = Map.copyOf(editionBySession);
        roleByEnrolment = Map.copyOf(roleByEnrolment);
        programmeByPartner = Map.copyOf(programmeByPartner);
    }

    /** Reference data without partner organisations. */
    public ReferenceData(
            Map<String, String> programmeByEdition,
            Set<String> enrolments,
            Set<String> participants,
            Map<String, String> editionBySession,
            Map<String, String> roleByEnrolment) {
        this(programmeByEdition, enrolments, participants, editionBySession, roleByEnrolment, Map.of());
    }

    /** Reference data without roles: no one counts as staff. */
    public ReferenceData(
            Map<String, String> programmeByEdition,
            Set<String> enrolments,
            Set<String> participants,
            Map<String, String> editionBySession) {
        this(programmeByEdition, enrolments, participants, editionBySession, Map.of());
    }

    public static String enrolmentKey(String participantKey, String editionId) {
        return participantKey + "|" + editionId;
    }

    public boolean enrolled(String participantKey, String editionId) {
        return enrolments.contains(enrolmentKey(participantKey, editionId));
    }

    /** The participant's role in the edition (e.g. {@code coach}), or null when unknown. */
    public String role(String participantKey, String editionId) {
        return roleByEnrolment.get(enrolmentKey(participantKey, editionId));
    }
}
