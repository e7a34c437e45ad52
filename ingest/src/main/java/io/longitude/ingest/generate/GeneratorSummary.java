package io.longitude.ingest.generate;

import java.nio.file.Path;

/** What the generator wrote: editions, candidates (referred ones included) and follow-up responses. */
public record GeneratorSummary(Path out, int editions, long participants, long responses) {
    @Override
    public String toString() {
        return "Generated " + editions + " editions, " + participants + " candidates and " + responses
                + " follow-up responses in " + out;
    }
}
