package io.longitude.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.bench.load.Mix.Weighted;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestMix {
    private final Mix<String> mix =
            Mix.of(List.of(new Weighted<>("page", 6), new Weighted<>("chart", 3), new Weighted<>("sql", 1)));

    @Test
    void picksEachEntryOverItsShareOfTheUnitInterval() {
        assertThat(mix.pick(0.0)).isEqualTo("page");
        assertThat(mix.pick(0.5999)).isEqualTo("page");
        assertThat(mix.pick(0.6)).isEqualTo("chart");
        assertThat(mix.pick(0.8999)).isEqualTo("chart");
        assertThat(mix.pick(0.9)).isEqualTo("sql");
        assertThat(mix.pick(0.9999999)).isEqualTo("sql");
        assertThat(mix.share("chart")).isEqualTo(0.3);
    }

    @Test
    void randomPicksFollowTheWeights() {
        Random random = new Random(7);
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            counts.merge(mix.pick(random.nextDouble()), 1, Integer::sum);
        }
        assertThat(counts.get("page") / 100_000.0).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.01));
        assertThat(counts.get("sql") / 100_000.0).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void usersAreSplitIntoPersonasByTheirShares() {
        Mix<Persona> personas = Workload.personas();
        Map<Persona, Integer> counts = new EnumMap<>(Persona.class);
        for (int i = 0; i < 50; i++) {
            counts.merge(personas.pick((i + 0.5) / 50), 1, Integer::sum);
        }
        assertThat(counts)
                .containsEntry(Persona.MANAGER, 25)
                .containsEntry(Persona.FUNDER, 15)
                .containsEntry(Persona.ANALYST, 10);
    }

    @Test
    void refusesEmptyMixesAndNonPositiveWeights() {
        assertThatThrownBy(() -> Mix.of(List.<Weighted<String>>of())).hasMessageContaining("no entries");
        assertThatThrownBy(() -> new Weighted<>("page", 0)).hasMessageContaining("weight is not positive");
        assertThatThrownBy(() -> mix.pick(1.0)).hasMessageContaining("not in [0, 1)");
    }
}
