package io.longitude.dashboard.editions;

import java.util.List;
import java.util.Map;

/** One question of the edition page below the cards: its figures, each with chart, how-to-read text and table. */
public record Section(String question, List<Figure> figures) {
    /** The figures of each question, in page order (slugs of {@code ChartKind}); "staff", "feedback" and "partnership" have no card. */
    static final Map<String, List<String>> FIGURES = Map.of(
            "enrolment", List.of("funnel", "response-rate", "attrition-bias"),
            "integration", List.of("integration", "transitions", "pre-post", "dose-response", "comparison-group"),
            "unconscious", List.of("agreement"),
            "intention", List.of("intention"),
            "business", List.of("survival"),
            "collaboration", List.of("network", "contacts"),
            "alumni", List.of("alumni"),
            "staff", List.of("staff"),
            "feedback", List.of("session-feedback"),
            "partnership", List.of("partnership"));

    static final List<String> ORDER = List.of(
            "enrolment",
            "feedback",
            "integration",
            "unconscious",
            "intention",
            "business",
            "collaboration",
            "alumni",
            "staff",
            "partnership");

    public Section {
        figures = List.copyOf(figures);
    }

    /** The figures grouped by question, in page order. */
    static List<Section> of(List<Figure> figures) {
        return ORDER.stream()
                .map(question -> new Section(
                        question,
                        FIGURES.get(question).stream()
                                .flatMap(slug -> figures.stream()
                                        .filter(figure -> figure.slug().equals(slug)))
                                .toList()))
                .toList();
    }
}
