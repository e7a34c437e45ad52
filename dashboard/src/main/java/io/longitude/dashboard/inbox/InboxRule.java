package io.longitude.dashboard.inbox;

import io.longitude.ingest.WriteScope;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Objects;
import java.util.Optional;

/**
 * Which mapping the files of an inbox are read with, and for which programmes: the first rule whose glob matches the
 * file name wins; a rule without a mapping means canonical files; a rule with {@code programmes} accepts only their
 * rows (the others are quarantined, {@code OUT_OF_SCOPE}).
 */
record InboxRule(String match, Optional<Path> mapping, WriteScope scope) {
    InboxRule {
        Objects.requireNonNull(match, "match is null");
        Objects.requireNonNull(mapping, "mapping is null");
        Objects.requireNonNull(scope, "scope is null");
    }

    InboxRule(String match, Optional<Path> mapping) {
        this(match, mapping, WriteScope.EVERY_PROGRAMME);
    }

    boolean matches(Path file) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + match);
        return matcher.matches(file.getFileName());
    }
}
