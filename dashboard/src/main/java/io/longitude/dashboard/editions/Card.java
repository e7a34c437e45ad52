package io.longitude.dashboard.editions;

import java.util.Objects;

/**
 * One answer at the top of an edition page: the figure, the n it rests on, its interval where it has one, the change
 * since intake or since the previous edition, and one sentence saying what it means.
 *
 * @param question the question's slug, also the id of its detail section on the edition page
 * @param value the figure as a number for trends (a share or a count), or null when there is none
 * @param trend {@code up}, {@code down}, {@code flat} or empty when there is no change to show
 * @param status {@code ok}, {@code small_n} or {@code not_available}
 */
public record Card(
        String question,
        String title,
        String figure,
        Double value,
        String n,
        String interval,
        String change,
        String trend,
        String meaning,
        String status) {
    public Card {
        Objects.requireNonNull(question, "question is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(figure, "figure is null");
        Objects.requireNonNull(n, "n is null");
        Objects.requireNonNull(interval, "interval is null");
        Objects.requireNonNull(change, "change is null");
        Objects.requireNonNull(trend, "trend is null");
        Objects.requireNonNull(meaning, "meaning is null");
        Objects.requireNonNull(status, "status is null");
    }

    public boolean available() {
        return !status.equals("not_available");
    }
}
