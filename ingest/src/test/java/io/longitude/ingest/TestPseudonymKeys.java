package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPseudonymKeys {
    @TempDir
    Path temp;

    @Test
    void createdKeyFileIsReadableOnlyByItsOwnerAndKeptOnTheNextCall() throws IOException {
        Path file = PseudonymKeys.createIfMissing(temp.resolve("keys/pseudonym.key"));
        String key = Files.readString(file);

        PseudonymKeys.createIfMissing(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo(key);
        assertThat(Base64.getDecoder().decode(key.trim())).hasSize(32);
        assertThat(PseudonymKeys.load(Map.of(), file).pseudonym("P-1")).hasSize(64);
    }

    @Test
    void environmentTakesPrecedenceOverTheFile() {
        String key = Base64.getEncoder().encodeToString("an environment key!".getBytes());
        Path file = PseudonymKeys.createIfMissing(temp.resolve("pseudonym.key"));

        var fromEnvironment =
                PseudonymKeys.load(Map.of(PseudonymKeys.KEY_VARIABLE, key, PseudonymKeys.VERSION_VARIABLE, "3"), file);

        assertThat(fromEnvironment.keyVersion()).isEqualTo(3);
        assertThat(fromEnvironment.pseudonym("P-1"))
                .isNotEqualTo(PseudonymKeys.load(Map.of(), file).pseudonym("P-1"));
    }

    @Test
    void missingKeySaysWhereToPutOne() {
        assertThatThrownBy(() -> PseudonymKeys.load(Map.of(), temp.resolve("none.key")))
                .hasMessageContaining(PseudonymKeys.KEY_VARIABLE)
                .hasMessageContaining("none.key");
    }
}
