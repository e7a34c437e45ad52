package io.longitude.dashboard.cli;

import picocli.CommandLine.Option;

/** {@code --allow-empty}, a mixin of the commands that refuse a lake without any of its tables: analyze, erase, serve. */
final class EmptyLakeOption {
    @Option(
            names = "--allow-empty",
            description =
                    "Run on a lake that holds none of the lake's tables (refused otherwise: most often a typo in --lake).")
    boolean allowed;
}
