package io.longitude.bench.speed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary line of {@code longitude analyze --force} (AnalyticsReport.summary): "Analysed the lake (...): 1234
 * metric rows written to ... in 56789 ms (lake snapshot 12 ms, M1 funnel 123 ms, ..., write 456 ms), 120 Spark jobs".
 * {@code millis} is the job's own clock, from reading the lake to the metric table's commit; {@code sparkJobs} is -1
 * for a line without the count (before the job counted them).
 */
record AnalysisSummary(long metricRows, long millis, Map<String, Long> millisByFamily, long sparkJobs) {
    private static final Pattern LINE = Pattern.compile(
            "Analysed the lake \\(.*?\\): (\\d+) metric rows written to \\S+ in (\\d+) ms \\((.*)\\)(?:, (\\d+) Spark jobs)?\\s*$",
            Pattern.MULTILINE);
    private static final Pattern FAMILY = Pattern.compile("(.+) (\\d+) ms");

    AnalysisSummary {
        millisByFamily = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(millisByFamily));
    }

    static AnalysisSummary parse(String output) {
        Matcher matcher = LINE.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("Cannot find the analysis summary line in the output:\n" + output);
        }
        Map<String, Long> families = new LinkedHashMap<>();
        for (String part : matcher.group(3).split(", ")) {
            Matcher family = FAMILY.matcher(part.trim());
            if (!family.matches()) {
                throw new IllegalStateException(
                        "Cannot parse the family time '" + part + "' of the summary line:\n" + matcher.group());
            }
            families.put(family.group(1), Long.parseLong(family.group(2)));
        }
        return new AnalysisSummary(
                Long.parseLong(matcher.group(1)),
                Long.parseLong(matcher.group(2)),
                families,
                matcher.group(4) == null ? -1 : Long.parseLong(matcher.group(4)));
    }
}
