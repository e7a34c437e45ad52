package io.longitude.core.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TestLakeUri {
    @Test
    void normalisesLocalPathsAndKeepsOtherSchemes() {
        assertThat(LakeUri.normalise("file:///tmp/lake/")).isEqualTo("file:/tmp/lake");
        assertThat(LakeUri.normalise("file:/tmp/lake")).isEqualTo("file:/tmp/lake");
        assertThat(LakeUri.normalise("data/lake"))
                .isEqualTo("file:" + Path.of("data/lake").toAbsolutePath());
        assertThat(LakeUri.normalise("hdfs://127.0.0.1:9000/lake/")).isEqualTo("hdfs://127.0.0.1:9000/lake");
        assertThat(LakeUri.normalise("s3a://bucket/lake")).isEqualTo("s3a://bucket/lake");
    }

    @Test
    void tablePathsAreFoldersUnderTheRoot() {
        assertThat(LakeUri.table("file:///tmp/lake", LakeTables.RESPONSES)).isEqualTo("file:/tmp/lake/responses");
    }
}
