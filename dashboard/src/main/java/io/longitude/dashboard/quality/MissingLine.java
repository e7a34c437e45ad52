package io.longitude.dashboard.quality;

import java.util.List;
import java.util.Objects;

/**
 * How often one question was left blank, per wave.
 *
 * @param code the question code
 * @param label the question in the reader's language
 * @param cells one per wave of the page, in order
 */
public record MissingLine(String code, String label, List<Cell> cells) {
    /**
     * One wave of a question.
     *
     * @param wave the wave code
     * @param asked false when the instrument does not ask the question in that wave (then nothing is counted)
     * @param blank responses of the wave leaving the question blank
     * @param responses responses of the wave
     */
    public record Cell(String wave, boolean asked, long blank, long responses) {
        /** Blank share, 0..1; 0 when the wave has no response. */
        public double share() {
            return responses == 0 ? 0 : (double) blank / responses;
        }
    }

    public MissingLine {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(label, "label is null");
        cells = List.copyOf(cells);
    }
}
