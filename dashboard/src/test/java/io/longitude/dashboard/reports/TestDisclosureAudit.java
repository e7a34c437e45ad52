package io.longitude.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.disclosure.DisclosureRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The disclosure audit on many random small programmes (seeded; 1–4 editions; counts of 0–14, half of them 0–4;
 * editions at different waves; k of 3, 5 and 10): each goes through the real report path (metric rows → counts →
 * suppression → HTML report, portfolio, CSV and PDF), each output is parsed back from its bytes, and {@link
 * DisclosureAudit} attacks the union of what they show (any pair of filters knows less than that, so recovers nothing
 * either).
 */
class TestDisclosureAudit {
    /** 15 random programmes in the README's test command, 200 in profile {@code long}. */
    private static final int PROGRAMMES = Integer.getInteger("longitude.disclosure-programmes", 15);

    private static final List<Locale> LANGUAGES =
            List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("fr"), Locale.ENGLISH);
    private static final List<Integer> THRESHOLDS = List.of(3, 5, 10);

    @Test
    void noFunderOutputLetsAReaderPinAHiddenOrSmallSensitiveCount() {
        int cells = 0;
        int hidden = 0;
        int small = 0;
        long started = System.nanoTime();
        long suppressionNanos = 0;
        for (int seed = 0; seed < PROGRAMMES; seed++) {
            RandomProgramme programme = new RandomProgramme(seed);
            DisclosureRule rule = new DisclosureRule(THRESHOLDS.get(seed % THRESHOLDS.size()));
            Locale locale = LANGUAGES.get(seed / THRESHOLDS.size() % LANGUAGES.size());
            long suppressing = System.nanoTime();
            FunderReport report = RenderedOutputs.report(
                    ProgrammeCounts.of(RandomProgramme.PROGRAMME, programme.editions, programme.rows), rule, locale);
            suppressionNanos += System.nanoTime() - suppressing;
            Map<String, String> displayed = new LinkedHashMap<>();
            DisclosureAudit.merge(displayed, RenderedOutputs.parseHtml(RenderedOutputs.reportHtml(report, locale)));
            DisclosureAudit.merge(
                    displayed, RenderedOutputs.parseHtml(RenderedOutputs.portfolioHtml(List.of(report), locale)));
            DisclosureAudit.merge(displayed, RenderedOutputs.parseCsv(RenderedOutputs.csv(report, locale), rule));
            DisclosureAudit.merge(displayed, RenderedOutputs.parsePdf(RenderedOutputs.pdf(report, locale), report));
            String context = "programme seed " + seed + " (" + programme.editions.size() + " editions, k = " + rule.k()
                    + ", " + locale + ")";

            DisclosureAudit.Result result =
                    DisclosureAudit.run(programme.truth, programme.editions, displayed, rule, context);

            cells += result.countCells();
            hidden += result.hidden();
            small += result.smallQuantities();
        }
        System.out.printf(
                "Disclosure audit: %d random programmes, %d count cells, %d hidden (%.1f %%), %d small sensitive quantities, "
                        + "none pinned, in %d ms (suppression %d ms)%n",
                PROGRAMMES,
                cells,
                hidden,
                100.0 * hidden / cells,
                small,
                (System.nanoTime() - started) / 1_000_000,
                suppressionNanos / 1_000_000);
        assertThat(small).as("the programmes exercise the audit").isGreaterThan(PROGRAMMES);
    }
}
