package io.longitude.dashboard.quality;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When the responses of one wave of one edition came in, against the planned window.
 *
 * @param planned the wave's planned date ({@code Wave.plannedDate}), null for a wave code that is not standard
 * @param windowEnd the last day of the planned window, null with {@code planned}
 * @param first the earliest submission date, null when no response has a submission time
 * @param last the latest submission date
 * @param responses responses of the wave
 * @param outside responses submitted before the planned date or after the window's end
 */
public record WindowLine(
        String editionId,
        String wave,
        LocalDate planned,
        LocalDate windowEnd,
        LocalDate first,
        LocalDate last,
        long responses,
        long outside) {
    public WindowLine {
        Objects.requireNonNull(editionId, "editionId is null");
        Objects.requireNonNull(wave, "wave is null");
    }
}
