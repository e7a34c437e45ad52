package io.longitude.bench.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestSize {
    @Test
    void parsesThousandsAndMillions() {
        assertThat(Size.parseAll("1k,10k,200k"))
                .containsExactly(new Size("1k", 1_000), new Size("10k", 10_000), new Size("200k", 200_000));
        assertThat(Size.parseAll(" 500 , 1M ")).containsExactly(new Size("500", 500), new Size("1m", 1_000_000));
    }

    @Test
    void rejectsWhatIsNoSize() {
        assertThatThrownBy(() -> Size.parseAll("ten"))
                .hasMessageContaining("Cannot parse the size")
                .hasMessageContaining("ten");
        assertThatThrownBy(() -> Size.parseAll(" , ")).hasMessageContaining("no size given");
        assertThatThrownBy(() -> Size.parseAll("0k")).hasMessageContaining("without participants");
    }
}
