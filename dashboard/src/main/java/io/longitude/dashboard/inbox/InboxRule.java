package io.longitude.dashboard.inbox;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Objects;
import java.util.Optional;

/**
 * Which mapping the files of an inbox are read with: the first rule whose glob matches the file name wins; a rule
 * without a mapping means canonical files.
 */
record InboxRule(String match, Optional<Path> mapping) {
    InboxRule {
        Objects.requireNonNull(match, "match is null");
        Objects.requireNonNull(mapping, "mapping is null");
    }

    boolean matches(Path file) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + match);
        return matcher.matches(file.getFileName());
    }
}
