package io.longitude.dashboard.editions;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricDefinition;
import io.longitude.core.metrics.MetricStatus;
import io.longitude.core.metrics.MetricValue;
import io.longitude.core.metrics.WilsonInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The programme's own questions about one edition, answered from its metric rows in plain words: enrolment and
 * completion, integration of sustainable development, unconscious integrators, intention to action, businesses
 * active, collaboration, alumni speakers. Reads rows only; every figure is a row of the metric table or a sum of its
 * counts (the share integrated: level 1 plus level 2 over their common denominator, as on "Editions compared").
 */
public final class Glance {
    /** The questions in card order; each is also the id of its section on the edition page. */
    public static final List<String> QUESTIONS =
            List.of("enrolment", "integration", "unconscious", "intention", "business", "collaboration", "alumni");

    private final List<MetricValue> rows;
    private final List<MetricValue> previous;
    private final Words words;
    private final Locale locale;
    /** The wave of the integration card, or null for the edition's latest. */
    private final String integrationWave;

    private Glance(
            List<MetricValue> rows, List<MetricValue> previous, Words words, Locale locale, String integrationWave) {
        this.rows = rows;
        this.previous = previous;
        this.words = words;
        this.locale = locale;
        this.integrationWave = integrationWave;
    }

    /**
     * The cards of an edition from its own rows (edition_id set; programme rows are ignored) and those of the
     * previous edition of its programme (empty for the first).
     */
    public static List<Card> cards(
            String editionId, List<MetricValue> rows, List<MetricValue> previous, Words words, Locale locale) {
        return cards(editionId, rows, previous, words, locale, null);
    }

    /** The same with the integration card at {@code integrationWave} (null: the edition's latest wave). */
    static List<Card> cards(
            String editionId,
            List<MetricValue> rows,
            List<MetricValue> previous,
            Words words,
            Locale locale,
            String integrationWave) {
        List<MetricValue> own =
                rows.stream().filter(row -> row.editionId().equals(editionId)).toList();
        Glance glance = new Glance(own, previous, words, locale, integrationWave);
        return List.of(
                glance.enrolment(),
                glance.integration(),
                glance.unconscious(),
                glance.intention(),
                glance.business(),
                glance.collaboration(),
                glance.alumni());
    }

    Card enrolment() {
        Optional<MetricValue> enrolled =
                find(rows, MetricCatalogue.FUNNEL, "", new GroupKey.FunnelStage("all", "enrolled"));
        Optional<MetricValue> completed =
                find(rows, MetricCatalogue.FUNNEL, "", new GroupKey.FunnelStage("all", "completed"));
        if (enrolled.isEmpty() || enrolled.get().numerator() == null) {
            return missing("enrolment");
        }
        double enrolledCount = enrolled.get().numerator();
        double completedCount = completed.map(MetricValue::numerator).orElse(0.0);
        String figure = count(enrolledCount);
        String meaning = words.get(
                "glance.enrolment.meaning",
                count(completedCount),
                count(enrolledCount),
                enrolledCount > 0 ? percent(completedCount / enrolledCount) : "–",
                count(enrolled.get().n()));
        Optional<String> latest = latestWave(MetricCatalogue.RESPONSE, new GroupKey.Label("response_rate"));
        if (latest.isPresent()) {
            MetricValue rate = find(rows, MetricCatalogue.RESPONSE, latest.get(), new GroupKey.Label("response_rate"))
                    .orElseThrow();
            if (rate.computable() && rate.numerator() != null) {
                meaning += " "
                        + words.get(
                                "glance.enrolment.response",
                                count(rate.numerator()),
                                words.get("horizon." + latest.get()),
                                percent(rate.value()));
            }
        }
        String[] change = changeSincePrevious(
                MetricCatalogue.FUNNEL,
                "",
                new GroupKey.FunnelStage("all", "enrolled"),
                enrolledCount,
                MetricValue::numerator,
                false);
        return new Card(
                "enrolment",
                words.get("glance.enrolment.title"),
                figure,
                enrolledCount,
                words.get("glance.n.referred", count(enrolled.get().n())),
                "",
                change[0],
                change[1],
                meaning,
                enrolled.get().status().code());
    }

    Card integration() {
        Optional<String> latest = integrationWave != null
                ? Optional.of(integrationWave)
                : latestWave(MetricCatalogue.INTEGRATION, new GroupKey.Level(1, false));
        if (latest.isEmpty()) {
            return missing("integration");
        }
        String wave = latest.get();
        Optional<Share> now = integrated(wave);
        if (now.isEmpty()) {
            return missing("integration");
        }
        Share share = now.get();
        Optional<MetricValue> levelTwo = find(rows, MetricCatalogue.INTEGRATION, wave, new GroupKey.Level(2, false));
        Optional<MetricValue> levelOne = find(rows, MetricCatalogue.INTEGRATION, wave, new GroupKey.Level(1, false));
        String meaning = words.get(
                "glance.integration.meaning",
                words.get("horizon." + wave),
                count(share.successes()),
                count(share.trials()),
                levelTwo.map(row -> count(row.numerator())).orElse("–"),
                levelOne.map(row -> count(row.numerator())).orElse("–"));
        Optional<Share> intake = wave.equals("W0") ? Optional.empty() : integrated("W0");
        if (intake.isPresent()) {
            Optional<MetricValue> intakeTwo =
                    find(rows, MetricCatalogue.INTEGRATION, "W0", new GroupKey.Level(2, false));
            meaning += " "
                    + words.get(
                            "glance.integration.intake",
                            percent(intake.get().share()),
                            intakeTwo
                                    .filter(MetricValue::computable)
                                    .map(row -> percent(row.value()))
                                    .orElse("–"));
        }
        String change = "";
        String trend = "";
        Optional<MetricValue> paired = find(
                        rows,
                        MetricCatalogue.PRE_POST,
                        "W0>" + wave,
                        new GroupKey.Pair("paired_difference", "level>=1"))
                .filter(MetricValue::computable);
        if (paired.isPresent()) {
            change = words.get(
                    "glance.change.intake-paired",
                    Numbers.points(paired.get().value(), locale),
                    count(paired.get().n()));
            trend = Numbers.trend(paired.get().value());
        } else if (intake.isPresent()) {
            change = words.get(
                    "glance.change.intake",
                    Numbers.points(share.share() - intake.get().share(), locale));
            trend = Numbers.trend(share.share() - intake.get().share());
        }
        String status =
                levelOne.map(MetricValue::status).orElse(MetricStatus.OK).code();
        return new Card(
                "integration",
                words.get("glance.integration.title", words.get("horizon." + wave)),
                percent(share.share()),
                share.share(),
                words.get("glance.n.respondents", count(share.trials())),
                interval(share.interval()),
                change,
                trend,
                meaning,
                status);
    }

    Card unconscious() {
        Optional<MetricValue> row =
                find(rows, MetricCatalogue.UNCONSCIOUS, "W0", new GroupKey.Label("unconscious_integrators"));
        if (row.isEmpty()
                || !row.get().computable()
                || row.get().numerator() == null
                || row.get().denominator() == null) {
            return missing("unconscious");
        }
        MetricValue found = row.get();
        String meaning = words.get("glance.unconscious.meaning", count(found.numerator()), count(found.denominator()));
        String[] change = changeSincePrevious(
                MetricCatalogue.UNCONSCIOUS,
                "W0",
                new GroupKey.Label("unconscious_integrators"),
                found.numerator(),
                MetricValue::numerator,
                false);
        return new Card(
                "unconscious",
                words.get("glance.unconscious.title"),
                count(found.numerator()),
                found.numerator(),
                words.get("glance.n.self-zero", count(found.denominator())),
                intervalOf(found),
                change[0],
                change[1],
                meaning,
                found.status().code());
    }

    Card intention() {
        Optional<MetricValue> acted = rows.stream()
                .filter(row -> row.is(MetricCatalogue.INTENTION) && row.key().equals(new GroupKey.Label("acted")))
                .filter(row -> row.denominator() != null && row.numerator() != null)
                .max(Comparator.comparingDouble(MetricValue::denominator)
                        .thenComparing(MetricValue::wave, Comparator.reverseOrder()));
        if (acted.isEmpty()) {
            return missing("intention");
        }
        String pair = acted.get().wave();
        Optional<MetricValue> interested =
                find(rows, MetricCatalogue.INTENTION, pair, new GroupKey.Label("interested"));
        String[] waves = pair.split(">");
        String meaning = words.get(
                "glance.intention.meaning",
                interested.map(row -> count(row.numerator())).orElse("–"),
                interested.map(row -> count(row.denominator())).orElse("–"),
                words.get("horizon." + waves[0]),
                count(acted.get().numerator()),
                count(acted.get().denominator()),
                words.get("horizon." + waves[waves.length - 1]));
        double waiting = acted.get().denominator() - acted.get().numerator();
        meaning += " " + words.get("glance.intention.waiting", count(waiting));
        return new Card(
                "intention",
                words.get("glance.intention.title"),
                count(acted.get().numerator()) + " / " + count(acted.get().denominator()),
                acted.get().value(),
                words.get("glance.n.interested", count(acted.get().denominator())),
                intervalOf(acted.get()),
                "",
                "",
                meaning,
                acted.get().status().code());
    }

    Card business() {
        Optional<MetricValue> active =
                find(rows, MetricCatalogue.FUNNEL, "", new GroupKey.FunnelStage("all", "business_active"));
        if (active.isEmpty() || active.get().numerator() == null) {
            return missing("business");
        }
        double count = active.get().numerator();
        String meaning = words.get("glance.business.meaning", count(count));
        Optional<MetricValue> year = find(rows, MetricCatalogue.SURVIVAL, "", new GroupKey.SurvivalAt(12))
                .filter(MetricValue::computable);
        if (year.isPresent()) {
            meaning += " "
                    + words.get(
                            "glance.business.survival",
                            percent(year.get().value()),
                            count(year.get().n()));
        }
        String[] change = changeSincePrevious(
                MetricCatalogue.FUNNEL,
                "",
                new GroupKey.FunnelStage("all", "business_active"),
                count,
                MetricValue::numerator,
                false);
        return new Card(
                "business",
                words.get("glance.business.title"),
                count(count),
                count,
                words.get("glance.n.referred", count(active.get().n())),
                "",
                change[0],
                change[1],
                meaning,
                active.get().status().code());
    }

    Card collaboration() {
        Optional<MetricValue> ties = find(rows, MetricCatalogue.NETWORK, "", new GroupKey.Label("ties"))
                .filter(MetricValue::computable);
        if (ties.isEmpty()) {
            return missing("collaboration");
        }
        double within = ties.get().value();
        double across = find(rows, MetricCatalogue.NETWORK, "", new GroupKey.Label("ties_across_editions"))
                .filter(MetricValue::computable)
                .map(MetricValue::value)
                .orElse(0.0);
        String meaning = words.get("glance.collaboration.meaning", count(within), count(across));
        Optional<MetricValue> withTie = find(rows, MetricCatalogue.NETWORK, "", new GroupKey.Label("share_with_tie"))
                .filter(MetricValue::computable);
        if (withTie.isPresent()) {
            meaning += " "
                    + words.get(
                            "glance.collaboration.with-tie",
                            percent(withTie.get().value()));
        }
        Optional<String> latest = latestWave(MetricCatalogue.CONTACTS, new GroupKey.Pair("cumulative", "mean"));
        if (latest.isPresent()) {
            MetricValue contacts = find(
                            rows, MetricCatalogue.CONTACTS, latest.get(), new GroupKey.Pair("cumulative", "mean"))
                    .orElseThrow();
            if (contacts.computable()) {
                meaning += " "
                        + words.get(
                                "glance.collaboration.contacts",
                                words.get("horizon." + latest.get()),
                                Numbers.decimal(contacts.value(), 1, locale),
                                count(contacts.n()));
            }
        }
        String[] change = changeSincePrevious(
                MetricCatalogue.NETWORK, "", new GroupKey.Label("ties"), within, MetricValue::value, false);
        return new Card(
                "collaboration",
                words.get("glance.collaboration.title"),
                count(within),
                within,
                words.get("glance.n.participants", count(ties.get().n())),
                "",
                change[0],
                change[1],
                meaning,
                ties.get().status().code());
    }

    Card alumni() {
        Optional<MetricValue> speakers = find(rows, MetricCatalogue.ALUMNI, "", new GroupKey.Label("speakers"))
                .filter(MetricValue::computable);
        double count = speakers.map(MetricValue::value).orElse(0.0);
        String meaning = count > 0 ? words.get("glance.alumni.meaning", count(count)) : words.get("glance.alumni.none");
        String[] change = changeSincePrevious(
                MetricCatalogue.ALUMNI, "", new GroupKey.Label("speakers"), count, MetricValue::value, true);
        return new Card(
                "alumni",
                words.get("glance.alumni.title"),
                count(count),
                count,
                "",
                "",
                change[0],
                change[1],
                meaning,
                "ok");
    }

    private Card missing(String question) {
        return new Card(
                question,
                words.get("glance." + question + ".title", "–"),
                "–",
                null,
                "",
                "",
                "",
                "",
                words.get("glance.not-available"),
                "not_available");
    }

    /**
     * The change of a count since the previous edition: {text, trend}, or empty strings for the first edition or when
     * the previous edition has no such row ({@code absentIsZero}: counts of rows written only when not zero).
     */
    private String[] changeSincePrevious(
            MetricDefinition metric,
            String wave,
            GroupKey groupKey,
            double current,
            Function<MetricValue, Double> measure,
            boolean absentIsZero) {
        if (previous.isEmpty()) {
            return new String[] {"", ""};
        }
        Optional<Double> before = find(previous, metric, wave, groupKey).map(measure);
        if (before.isEmpty() && absentIsZero) {
            before = Optional.of(0.0);
        }
        return before.map(value -> new String[] {
                    words.get("glance.change.previous", Numbers.signed(current - value, locale)),
                    Numbers.trend(current - value)
                })
                .orElse(new String[] {"", ""});
    }

    private record Share(long successes, long trials, Interval interval) {
        double share() {
            return (double) successes / trials;
        }
    }

    /** Level 1 plus level 2 of a wave's complete-case rows, over their common denominator. */
    private Optional<Share> integrated(String wave) {
        Optional<MetricValue> one = find(rows, MetricCatalogue.INTEGRATION, wave, new GroupKey.Level(1, false));
        Optional<MetricValue> two = find(rows, MetricCatalogue.INTEGRATION, wave, new GroupKey.Level(2, false));
        if (one.isEmpty()
                || two.isEmpty()
                || one.get().numerator() == null
                || two.get().numerator() == null
                || one.get().denominator() == null
                || !one.get().denominator().equals(two.get().denominator())
                || one.get().denominator() <= 0) {
            return Optional.empty();
        }
        long successes = Math.round(one.get().numerator() + two.get().numerator());
        long trials = Math.round(one.get().denominator());
        return Optional.of(new Share(successes, trials, WilsonInterval.of(successes, trials)));
    }

    private Optional<String> latestWave(MetricDefinition metric, GroupKey key) {
        return rows.stream()
                .filter(row -> row.is(metric) && row.key().equals(key))
                .map(MetricValue::wave)
                .max(Comparator.naturalOrder());
    }

    static Optional<MetricValue> find(List<MetricValue> rows, MetricDefinition metric, String wave, GroupKey key) {
        return rows.stream()
                .filter(row ->
                        row.is(metric) && row.wave().equals(wave) && row.key().equals(key))
                .findFirst();
    }

    private String intervalOf(MetricValue row) {
        return row.lower() == null || row.upper() == null || !row.ok()
                ? ""
                : words.get("glance.interval", percent(row.lower()), percent(row.upper()));
    }

    private String interval(Interval interval) {
        return words.get("glance.interval", percent(interval.lower()), percent(interval.upper()));
    }

    private String count(double value) {
        return Numbers.count(value, locale);
    }

    private String count(Double value) {
        return value == null ? "–" : Numbers.count(value, locale);
    }

    private String percent(double share) {
        return Numbers.percent(share, locale);
    }

    /**
     * The cards of every edition, each against the one before it in its programme, the integration card at the latest
     * wave all editions of the programme have reached, so that the editions are compared at the same horizon.
     */
    public static List<List<Card>> ofEditions(
            List<EditionSummary> editions, MetricStore store, Words words, Locale locale) {
        List<List<Card>> result = new ArrayList<>();
        for (int index = 0; index < editions.size(); index++) {
            EditionSummary edition = editions.get(index);
            List<MetricValue> previous =
                    index > 0 && editions.get(index - 1).programmeId().equals(edition.programmeId())
                            ? store.metrics(editions.get(index - 1).editionId())
                            : List.of();
            String common = editions.stream()
                    .filter(other -> other.programmeId().equals(edition.programmeId()))
                    .map(other -> store.metrics(other.editionId()).stream()
                            .filter(row -> row.is(MetricCatalogue.INTEGRATION)
                                    && row.key().equals(new GroupKey.Level(1, false)))
                            .map(MetricValue::wave)
                            .max(Comparator.naturalOrder())
                            .orElse(""))
                    .min(Comparator.naturalOrder())
                    .filter(wave -> !wave.isEmpty())
                    .orElse(null);
            result.add(cards(edition.editionId(), store.metrics(edition.editionId()), previous, words, locale, common));
        }
        return result;
    }
}
