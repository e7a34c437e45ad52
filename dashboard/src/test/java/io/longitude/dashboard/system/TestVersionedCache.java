package io.longitude.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TestVersionedCache {
    @Test
    void computesAValueOncePerKeyAndVersion() {
        VersionedCache<String, String> cache = new VersionedCache<>(8);
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.get("p1/en", List.of(3L, 7L), () -> "report " + computed.incrementAndGet()))
                .isEqualTo("report 1");
        assertThat(cache.get("p1/en", List.of(3L, 7L), () -> "report " + computed.incrementAndGet()))
                .isEqualTo("report 1");
        assertThat(cache.get("p1/nl", List.of(3L, 7L), () -> "report " + computed.incrementAndGet()))
                .isEqualTo("report 2");
        assertThat(computed).hasValue(2);
    }

    @Test
    void aNewVersionDropsWhatWasComputedBefore() {
        VersionedCache<String, String> cache = new VersionedCache<>(8);
        cache.get("p1/en", List.of(3L, 7L), () -> "old");
        cache.get("p1/nl", List.of(3L, 7L), () -> "old");
        assertThat(cache.get("p1/en", List.of(3L, 8L), () -> "new")).isEqualTo("new");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("p1/en", List.of(3L, 8L), () -> "newer")).isEqualTo("new");
    }

    @Test
    void keepsNoMoreThanItsCapacity() {
        VersionedCache<String, String> cache = new VersionedCache<>(2);
        for (String language : List.of("en", "nl", "fr", "xx", "yy")) {
            assertThat(cache.get(language, 1L, () -> language)).isEqualTo(language);
        }
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("xx", 1L, () -> "computed again")).isEqualTo("computed again");
    }

    @Test
    void refusesAMissingVersionOrCapacity() {
        assertThatThrownBy(() -> new VersionedCache<String, String>(0))
                .hasMessageContaining("capacity is not positive");
        assertThatThrownBy(() -> new VersionedCache<String, String>(1).get("k", null, () -> "v"))
                .hasMessageContaining("version is null");
    }
}
