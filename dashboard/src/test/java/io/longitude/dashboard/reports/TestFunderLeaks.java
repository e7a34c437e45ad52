package io.longitude.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.disclosure.DisclosureRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The leak test of issue 5: random small programmes (seeded; 1–4 editions; counts of 0–14, half of them 0–4; editions
 * at different waves) go through the real report path (metric rows → counts → suppression → HTML report, portfolio,
 * CSV, PDF), and each output is parsed back from its bytes. Then, from what was parsed only:
 * <ul>
 *   <li>(a) no shown count is {@code 0 < n < k}; every shown share rests on k or more people, its count and remainder
 *       are not {@code 0 < x < k}, and its two counts are shown (so it tells nothing they do not);</li>
 *   <li>(b) no small count, shown nowhere, can be worked out: the test writes the reader's equations itself
 *       ({@link RandomProgramme}: editions add up to the programme, levels to the answering, parts and their rests to
 *       their totals, each wave's enrolment over the editions that reached it) and, by an independent method from the
 *       engine's exact elimination (the null space of the equations over the unknown cells, from Commons Math's SVD),
 *       checks that every small unknown moves along some null vector. The known cells are the union of everything the
 *       four outputs show, so any pair of filters (programme against editions, one wave against another, report
 *       against portfolio) knows less than this and recovers nothing either.</li>
 * </ul>
 */
class TestFunderLeaks {
    private static final int PROGRAMMES = 80;
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("fr"), Locale.ENGLISH);

    @Test
    void noFunderOutputShowsOrLetsOneRecomputeASmallCount() {
        DisclosureRule rule = DisclosureRule.defaults();
        int hiddenSmall = 0;
        int shownCells = 0;
        int hiddenCells = 0;
        long suppressionNanos = 0;
        long outputNanos = 0;
        long solveNanos = 0;
        for (int seed = 0; seed < PROGRAMMES; seed++) {
            RandomProgramme programme = new RandomProgramme(seed);
            Locale locale = LANGUAGES.get(seed % LANGUAGES.size());
            long start = System.nanoTime();
            FunderReport report = RenderedOutputs.report(ProgrammeCounts.of(RandomProgramme.PROGRAMME, programme.editions, programme.rows),
                    rule, locale);
            suppressionNanos += System.nanoTime() - start;
            start = System.nanoTime();
            Map<String, Map<String, String>> outputs = new LinkedHashMap<>();
            outputs.put("report.html", RenderedOutputs.parseHtml(RenderedOutputs.reportHtml(report, locale)));
            outputs.put("portfolio.html", RenderedOutputs.parseHtml(RenderedOutputs.portfolioHtml(List.of(report), locale)));
            outputs.put("report.csv", RenderedOutputs.parseCsv(RenderedOutputs.csv(report, locale)));
            outputs.put("report.pdf", RenderedOutputs.parsePdf(RenderedOutputs.pdf(report, locale), report));
            outputNanos += System.nanoTime() - start;
            String context = "programme seed " + seed + " (" + programme.editions.size() + " editions, " + locale + ")";

            Map<String, Long> shown = new HashMap<>();
            Set<String> hidden = new LinkedHashSet<>();
            outputs.forEach((output, cells) -> cells.forEach((key, display) -> {
                if (key.startsWith("share:")) {
                    return;
                }
                if (display.startsWith("<")) {
                    hidden.add(key);
                    assertThat(display).as("%s %s %s", context, output, key).isEqualTo(rule.symbol());
                } else {
                    long count = Long.parseLong(display.replaceAll("\\D", ""));
                    assertThat(count).as("%s %s shows %s", context, output, key).isEqualTo(programme.truth.get(key));
                    assertThat(rule.sensitive(count)).as("%s %s shows small %s = %d", context, output, key, count).isFalse();
                    shown.put(key, count);
                }
            }));
            assertThat(hidden).as("%s: a cell hidden in one output and shown in another", context).doesNotContainAnyElementsOf(shown.keySet());
            for (Map<String, String> cells : outputs.values()) {
                cells.forEach((key, display) -> {
                    if (key.startsWith("share:") && display.matches("\\d+ ?%")) {
                        checkShare(programme, shown, rule, key, context);
                    }
                });
            }

            List<String> unknown = programme.truth.keySet().stream().filter(key -> !shown.containsKey(key)).toList();
            start = System.nanoTime();
            Set<String> recoverable = recoverable(programme.equations, unknown);
            solveNanos += System.nanoTime() - start;
            for (String key : unknown) {
                if (rule.sensitive(programme.truth.get(key))) {
                    hiddenSmall++;
                    assertThat(recoverable).as("%s: small count %s = %d can be worked out", context, key, programme.truth.get(key))
                            .doesNotContain(key);
                }
            }
            shownCells += shown.size();
            hiddenCells += hidden.size();
        }
        System.out.printf("Leak test: %d programmes, %d cells shown, %d hidden, %d small unknown counts none recoverable; "
                + "suppression %d ms, rendering and parsing %d ms, SVD %d ms%n", PROGRAMMES, shownCells, hiddenCells, hiddenSmall,
                suppressionNanos / 1_000_000, outputNanos / 1_000_000, solveNanos / 1_000_000);
        assertThat(hiddenSmall).isGreaterThan(PROGRAMMES);
    }

    private static void checkShare(RandomProgramme programme, Map<String, Long> shown, DisclosureRule rule, String key, String context) {
        String[] parts = key.substring("share:".length()).split("/");
        String numerator = parts[0];
        String denominator = parts[1];
        assertThat(shown).as("%s: share %s shown without both its counts", context, key).containsKeys(numerator, denominator);
        long top = programme.truth.get(numerator);
        long bottom = programme.truth.get(denominator);
        assertThat(bottom).as("%s: share %s of fewer than k people", context, key).isGreaterThanOrEqualTo(rule.k());
        assertThat(rule.sensitive(top) || rule.sensitive(bottom - top)).as("%s: share %s from a small count %d of %d", context, key, top,
                bottom).isFalse();
    }

    /**
     * The unknowns with one value in every solution of the equations, given the known cells: unknown i is fixed iff
     * every vector of the null space of A (A restricted to the unknown columns) has a zero i-th component. The null
     * space comes from the SVD of AᵀA (same null space as A).
     */
    static Set<String> recoverable(List<Map<String, Integer>> equations, List<String> unknown) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < unknown.size(); i++) {
            column.put(unknown.get(i), i);
        }
        List<double[]> rows = new ArrayList<>();
        for (Map<String, Integer> equation : equations) {
            double[] row = new double[unknown.size()];
            boolean any = false;
            for (Map.Entry<String, Integer> term : equation.entrySet()) {
                Integer index = column.get(term.getKey());
                if (index != null) {
                    row[index] += term.getValue();
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        Set<String> fixed = new LinkedHashSet<>();
        if (rows.isEmpty()) {
            return fixed;
        }
        RealMatrix a = new Array2DRowRealMatrix(rows.toArray(double[][]::new));
        RealMatrix normal = a.transpose().multiply(a);
        SingularValueDecomposition svd = new SingularValueDecomposition(normal);
        double[] singular = svd.getSingularValues();
        RealMatrix v = svd.getV();
        double tolerance = 1e-9 * Math.max(1, singular[0]);
        for (int i = 0; i < unknown.size(); i++) {
            double projection = 0;
            for (int j = 0; j < singular.length; j++) {
                if (singular[j] <= tolerance) {
                    projection += v.getEntry(i, j) * v.getEntry(i, j);
                }
            }
            if (projection < 1e-9) {
                fixed.add(unknown.get(i));
            }
        }
        return fixed;
    }
}
