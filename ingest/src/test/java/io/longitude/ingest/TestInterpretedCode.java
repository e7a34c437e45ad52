package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code generation is off while small files are ingested, and the shared session has its own settings back after. */
class TestInterpretedCode {
    private static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
    private static final String FACTORY = "spark.sql.codegen.factoryMode";

    static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start("interpreted-code-test");
    }

    @Test
    void smallFilesAreIngestedInterpretedAndTheSettingsComeBack() throws Exception {
        Path small = Files.writeString(temp.resolve("small.csv"), "edition_id\nE1\n");
        spark.conf().set(WHOLE_STAGE, "true");
        spark.conf().unset(FACTORY);
        try {
            List<String> during = InterpretedCode.during(
                    spark,
                    List.of(small),
                    () -> List.of(spark.conf().get(WHOLE_STAGE), spark.conf().get(FACTORY)));

            assertThat(during).containsExactly("false", "NO_CODEGEN");
            assertThat(spark.conf().get(WHOLE_STAGE)).isEqualTo("true");
            assertThat(spark.conf().contains(FACTORY)).as("unset again").isFalse();
        } finally {
            spark.conf().unset(WHOLE_STAGE);
        }
    }

    @Test
    void largeFilesKeepTheSessionsCodeGeneration() throws Exception {
        Path large = temp.resolve("large.csv");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(InterpretedCode.UP_TO_BYTES);
        }

        boolean set =
                InterpretedCode.during(spark, List.of(large), () -> spark.conf().contains(WHOLE_STAGE));

        assertThat(set).as("code generation set during the ingest").isFalse();
    }

    @Test
    void theSettingsComeBackWhenTheIngestFails() throws Exception {
        Path small = Files.writeString(temp.resolve("small.csv"), "edition_id\nE1\n");

        try {
            InterpretedCode.during(spark, List.of(small), () -> {
                throw new IllegalStateException("failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("failed");
        }

        assertThat(spark.conf().contains(WHOLE_STAGE)).isFalse();
    }
}
