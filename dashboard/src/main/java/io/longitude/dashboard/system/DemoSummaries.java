package io.longitude.dashboard.system;

import io.longitude.ingest.summaries.Publications;
import io.longitude.ingest.summaries.SessionSummaries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The demo's session summaries: what the organisers wrote after the first thematic session and the first Business Model
 * Canvas workshop of edition 1 (E01-S01, E01-S03), in nl, fr and en, so that {@code ./longitude demo} shows the sessions page filled;
 * and edition 1 published, so that it shows a public page, its share card and its feed.
 */
public final class DemoSummaries {
    static final String EDITION = "E01";

    /** Session id to language to Markdown. */
    static final Map<String, Map<String, String>> TEXTS = Map.of(
            "E01-S01",
            Map.of(
                    "nl",
                    "**Wat duurzame ontwikkeling voor uw zaak betekent.**\n\nTips:\n\n"
                            + "- Begin bij één product of dienst, niet bij alles tegelijk.\n"
                            + "- Meet een maand lang uw energieverbruik en uw afval.\n"
                            + "- Lees verder: [Brussel Economie en Werkgelegenheid](https://economie-emploi.brussels)",
                    "fr",
                    "**Ce que le développement durable signifie pour votre entreprise.**\n\nConseils :\n\n"
                            + "- Commencez par un produit ou un service, pas par tout à la fois.\n"
                            + "- Mesurez pendant un mois votre consommation d'énergie et vos déchets.\n"
                            + "- Pour aller plus loin : [Bruxelles Économie et Emploi](https://economie-emploi.brussels)",
                    "en",
                    "**What sustainable development means for your business.**\n\nTips:\n\n"
                            + "- Start with one product or service, not everything at once.\n"
                            + "- Measure your energy use and your waste for a month.\n"
                            + "- Read on: [Brussels Economy and Employment](https://economie-emploi.brussels)"),
            "E01-S03",
            Map.of(
                    "nl",
                    "**Business Model Canvas: uw waardepropositie.**\n\n"
                            + "Schrijf per klantsegment op welk probleem u oplost, en welk *milieu- of sociaal voordeel* "
                            + "u erbij levert. Tip: test het met drie klanten voor de volgende sessie.",
                    "fr",
                    "**Business Model Canvas : votre proposition de valeur.**\n\n"
                            + "Notez pour chaque segment de clients le problème que vous résolvez, et l'*avantage "
                            + "environnemental ou social* que vous apportez. Conseil : testez-la auprès de trois "
                            + "clients avant la prochaine séance.",
                    "en",
                    "**Business Model Canvas: your value proposition.**\n\n"
                            + "For each customer segment, write down the problem you solve and the *environmental or "
                            + "social benefit* you bring. Tip: test it with three customers before the next session."));

    /** The day after each session, when its summary was written. */
    private static final Map<String, Instant> WRITTEN =
            Map.of("E01-S01", Instant.parse("2022-01-11T09:00:00Z"), "E01-S03", Instant.parse("2022-01-25T09:00:00Z"));

    private DemoSummaries() {}

    /**
     * Writes the demo's summaries unless edition 1 has some already (a second {@code ./longitude demo} keeps what was
     * written in the dashboard); returns how many versions were written.
     */
    public static int writeIfMissing(SparkSession spark, String lake, String programmeId) {
        SessionSummaries summaries = new SessionSummaries(spark, lake);
        if (!summaries.versions(EDITION).isEmpty()) {
            return 0;
        }
        List<SessionSummaries.Summary> versions = new ArrayList<>();
        TEXTS.forEach((session, languages) ->
                languages.forEach((language, markdown) -> versions.add(new SessionSummaries.Summary(
                        programmeId, EDITION, session, language, markdown, "manager", WRITTEN.get(session)))));
        summaries.save(versions);
        return versions.size();
    }

    /**
     * Publishes edition 1 unless it was ever published or taken down (a second {@code ./longitude demo} keeps a
     * manager's choice); returns whether it did.
     */
    public static boolean publishIfNever(SparkSession spark, String lake, String programmeId) {
        Publications publications = new Publications(spark, lake);
        if (publications.latest().containsKey(EDITION)) {
            return false;
        }
        publications.record(new Publications.Change(programmeId, EDITION, true, "manager", Instant.now()));
        return true;
    }
}
