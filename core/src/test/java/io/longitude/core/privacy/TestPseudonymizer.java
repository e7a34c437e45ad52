package io.longitude.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TestPseudonymizer {
    /** RFC 4231, test case 6: a 131-byte key of 0xaa. */
    @Test
    void matchesRfc4231() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);

        String pseudonym =
                new Pseudonymizer(key, 1).pseudonym("Test Using Larger Than Block-Size Key - Hash Key First");

        assertThat(pseudonym).isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void sameIdentifierSamePseudonymOtherKeyOtherPseudonym() {
        Pseudonymizer first = new Pseudonymizer("0123456789abcdef".getBytes(StandardCharsets.UTF_8), 1);
        Pseudonymizer second = new Pseudonymizer("fedcba9876543210".getBytes(StandardCharsets.UTF_8), 2);

        assertThat(first.pseudonym(" P-001 "))
                .isEqualTo(first.pseudonym("P-001"))
                .hasSize(64);
        assertThat(second.pseudonym("P-001")).isNotEqualTo(first.pseudonym("P-001"));
    }

    @Test
    void refusesShortKeys() {
        assertThatThrownBy(() -> new Pseudonymizer(new byte[4], 1)).hasMessageContaining("at least 16 bytes");
    }
}
