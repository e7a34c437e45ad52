package io.longitude.dashboard.quality;

import io.longitude.ingest.Ingest;
import io.longitude.ingest.QuarantineItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the quarantine folder that ingest writes (through {@link Ingest#quarantine}): one log per ingested file with
 * rejected rows, pending rows, answers set aside and notes, and what became of them later. Only the counts per file,
 * outcome, code, field and reason leave this class; the values stay in the files.
 */
final class QuarantineFiles {
    /** Shorter values (a code, a digit) identify nobody, and replacing them would garble the reason (W0 → W…). */
    private static final int MIN_REDACTED = 3;

    private QuarantineFiles() {}

    /**
     * The quarantine of one programme, counted.
     *
     * @param fileNames the ingested file's name per batch prefix, for the programme's batches
     * @param editions the programme's editions: a pending row of a file with no accepted row (so of no programme's
     *     batches) counts among the programme's pending rows when its edition is one of them
     */
    static Counted count(Path folder, Map<String, String> fileNames, Set<String> editions) {
        Map<List<String>, Long> counts = new TreeMap<>(QuarantineFiles::compare);
        Map<String, PerBatch> perBatch = new HashMap<>();
        Set<String> answerRows = new HashSet<>();
        long pending = 0;
        for (QuarantineItem item : Ingest.quarantine(folder)) {
            boolean ours = fileNames.containsKey(item.batch());
            if (item.pending() && (ours || editions.contains(item.edition()))) {
                pending++;
            }
            if (!ours) {
                continue;
            }
            String label = item.state().equals("open") ? item.outcome() : item.state();
            String reason = redacted(item.reason(), item.value());
            counts.merge(List.of(fileNames.get(item.batch()), label, item.code(), item.field(), reason), 1L, Long::sum);
            PerBatch batch = perBatch.computeIfAbsent(item.batch(), key -> new PerBatch());
            switch (item.outcome()) {
                case "answer" -> {
                    if (answerRows.add(item.batch() + ":" + item.line())) {
                        batch.withAnswers++;
                    }
                }
                case "pending" -> {
                    batch.rowLines++;
                    if (item.state().equals("accepted on retry")) {
                        batch.acceptedOnRetry++;
                    } else if (item.state().equals("open")) {
                        batch.pending++;
                    }
                }
                case "rejected" -> batch.rowLines++;
                default -> {}
            }
        }
        List<QuarantineLine> lines = new ArrayList<>();
        counts.forEach((key, rows) ->
                lines.add(new QuarantineLine(key.get(0), key.get(2), key.get(3), key.get(4), rows, key.get(1))));
        return new Counted(lines, perBatch, pending);
    }

    /** The counted lines, the counts per batch prefix, and the programme's pending rows. */
    record Counted(List<QuarantineLine> lines, Map<String, PerBatch> perBatch, long pending) {
        PerBatch of(String batch) {
            return perBatch.getOrDefault(batch, new PerBatch());
        }
    }

    /** What one file's log says of its rows. */
    static final class PerBatch {
        long rowLines;
        long withAnswers;
        long pending;
        long acceptedOnRetry;
    }

    /** The reason without the rejected value (as written, and without the quote that keeps spreadsheets safe). */
    static String redacted(String reason, String value) {
        String result = reason;
        for (String shown : List.of(value.startsWith("'") ? value.substring(1) : value, value)) {
            if (shown.strip().length() >= MIN_REDACTED) {
                result = result.replace(shown, "…");
            }
        }
        return result;
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
