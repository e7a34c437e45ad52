package io.longitude.dashboard.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/** The report's fixed texts in the reader's language: footnote, methods annex, CSV header. */
final class ReportTexts {
    private ReportTexts() {}

    static Function<String, String> lookup(MessageSource messages, Locale locale) {
        return key -> messages.getMessage(key, null, key, locale);
    }

    /** The marks explained, one sentence each: "< k", "×" and "–". */
    static List<String> notes(FunderReport report, MessageSource messages, Locale locale) {
        return List.of(messages.getMessage("report.footnote.primary", new Object[] {report.symbol(), report.k() - 1}, locale),
                messages.getMessage("report.footnote.complementary", new Object[] {report.complementarySymbol()}, locale),
                messages.getMessage("report.footnote.too-few", new Object[] {report.k()}, locale));
    }

    static String footnote(FunderReport report, MessageSource messages, Locale locale) {
        return String.join(" ", notes(report, messages, locale));
    }

    /** The methods annex: sections of a heading and paragraphs. */
    static List<String[]> annex(FunderReport report, MessageSource messages, Locale locale) {
        List<String[]> sections = new ArrayList<>();
        sections.add(new String[] {messages.getMessage("report.annex.denominators", null, locale),
            messages.getMessage("report.annex.denominators.text", null, locale),
            messages.getMessage("report.annex.programme.text", null, locale)});
        sections.add(new String[] {messages.getMessage("report.annex.waves", null, locale),
            messages.getMessage("report.annex.waves.text", new Object[] {String.join(", ", report.waves())}, locale)});
        sections.add(new String[] {messages.getMessage("report.annex.weighting", null, locale),
            messages.getMessage("report.annex.weighting.text", null, locale)});
        String categories = String.join(", ", report.sensitive().stream()
                .map(category -> messages.getMessage("report.category." + category.configName(), null, locale)).toList());
        sections.add(new String[] {messages.getMessage("report.annex.suppression", new Object[] {report.k()}, locale),
            messages.getMessage("report.annex.suppression.text", new Object[] {report.k(), report.k() - 1, report.symbol(), categories,
                report.complementarySymbol()}, locale),
            messages.getMessage("report.annex.suppression.method", null, locale)});
        sections.add(new String[] {messages.getMessage("report.annex.asof", null, locale),
            messages.getMessage("report.annex.asof.text", new Object[] {report.asOf(), report.computedAt()}, locale)});
        return sections;
    }

}
