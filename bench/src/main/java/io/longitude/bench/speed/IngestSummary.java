package io.longitude.bench.speed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary line of {@code longitude ingest}: "Ingested 11 files (0 already ingested, 0 failed): 11463 rows read,
 * 11463 accepted, 0 quarantined (11463 accepted whole, 0 with quarantined answers, 0 rejected, 0 pending) in 15609 ms
 * (734 rows/s)"; the part in brackets after "quarantined" is optional (the CLI wrote none before answers could be
 * quarantined one by one). {@code millis} is the CLI's own clock: Spark session start and ingest, without the JVM's
 * start.
 */
record IngestSummary(long files, long failed, long rowsRead, long rowsAccepted, long rowsQuarantined, long millis) {
    private static final Pattern LINE = Pattern.compile(
            "Ingested (\\d+) files \\((\\d+) already ingested, (\\d+) failed\\): "
                    + "(\\d+) rows read, (\\d+) accepted, (\\d+) quarantined(?: \\([^)]*\\))?(?:;[^\\n]*?)? in (\\d+) ms");

    static IngestSummary parse(String output) {
        Matcher matcher = LINE.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("Cannot find the ingest summary line in the output:\n" + output);
        }
        return new IngestSummary(
                Long.parseLong(matcher.group(1)),
                Long.parseLong(matcher.group(3)),
                Long.parseLong(matcher.group(4)),
                Long.parseLong(matcher.group(5)),
                Long.parseLong(matcher.group(6)),
                Long.parseLong(matcher.group(7)));
    }
}
