package io.longitude.ingest.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.instrument.InstrumentLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestFileKind {
    @Test
    void aFollowupHeaderWithStaffItemsAndNoFollowupQuestionIsAStaffFollowup() {
        assertThat(FileKind.recognise(Set.of("participant_id", "edition_id", "wave", "submitted_at", "staff_sd_tools")))
                .contains(FileKind.STAFF_FOLLOWUP);
        assertThat(FileKind.recognise(Set.of("participant_id", "edition_id", "wave", "submitted_at", "sd_integration")))
                .contains(FileKind.FOLLOWUP);
        assertThat(FileKind.recognise(Set.of(
                        "participant_id", "edition_id", "wave", "submitted_at", "sd_integration", "staff_sd_tools")))
                .as("a mixed header is a follow-up, whose staff column is then refused")
                .contains(FileKind.FOLLOWUP);
        assertThat(FileKind.recognise(Set.of("participant_id", "edition_id", "wave", "submitted_at")))
                .contains(FileKind.FOLLOWUP);
    }

    @Test
    void aHeaderWithASessionAndASubmissionTimeIsSessionFeedbackNotAttendance() {
        assertThat(FileKind.recognise(Set.of("participant_id", "session_id", "submitted_at", "feedback_clarity")))
                .contains(FileKind.SESSION_FEEDBACK);
        assertThat(FileKind.recognise(Set.of("participant_id", "session_id"))).contains(FileKind.ATTENDANCE);
        assertThat(FileKind.SESSION_FEEDBACK.allowedColumns(InstrumentLoader.followup()))
                .containsExactly(
                        "participant_id",
                        "session_id",
                        "submitted_at",
                        "feedback_usefulness",
                        "feedback_clarity",
                        "feedback_intention",
                        "feedback_recommend");
        assertThat(FileKind.SESSION_FEEDBACK.ordinal())
                .as("ingested after the sessions and rosters it refers to")
                .isGreaterThan(FileKind.ATTENDANCE.ordinal());
    }

    @Test
    void aStaffFollowupAllowsTheKeysAndTheStaffItems() {
        assertThat(FileKind.STAFF_FOLLOWUP.allowedColumns(InstrumentLoader.followup()))
                .containsExactly(
                        "participant_id",
                        "edition_id",
                        "wave",
                        "submitted_at",
                        "staff_sd_in_support",
                        "staff_sd_confidence",
                        "staff_sd_tools",
                        "staff_sd_organisation");
        assertThat(FileKind.STAFF_FOLLOWUP.code()).isEqualTo("staff-followup");
        assertThat(FileKind.STAFF_FOLLOWUP.ordinal())
                .as("ingested after the rosters")
                .isGreaterThan(FileKind.PARTICIPANTS.ordinal());
    }
}
