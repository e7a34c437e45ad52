package io.longitude.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TestBench {
    private static final Set<String> SUBCOMMANDS = Set.of("speed", "load");

    @Test
    void runsSpeedWithoutASubcommand() {
        assertThat(Bench.withDefaultSubcommand(new String[] {}, SUBCOMMANDS)).containsExactly("speed");
        assertThat(Bench.withDefaultSubcommand(new String[] {"--sizes", "1k"}, SUBCOMMANDS))
                .containsExactly("speed", "--sizes", "1k");
    }

    @Test
    void keepsASubcommandOrBenchHelp() {
        assertThat(Bench.withDefaultSubcommand(new String[] {"load", "--users", "5"}, SUBCOMMANDS))
                .containsExactly("load", "--users", "5");
        assertThat(Bench.withDefaultSubcommand(new String[] {"--help"}, SUBCOMMANDS))
                .containsExactly("--help");
    }
}
