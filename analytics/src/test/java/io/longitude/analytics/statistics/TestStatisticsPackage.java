package io.longitude.analytics.statistics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The statistics run on the Spark driver from small count tables: plain Java, no engine. */
class TestStatisticsPackage {
    private static final JavaClasses STATISTICS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.longitude.analytics.statistics");

    @Test
    void importsNoSparkOrOtherEngine() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.spark..",
                        "org.apache.hadoop..",
                        "io.delta..",
                        "scala..",
                        "org.apache.commons.math3..")
                .because("the statistics are plain Java on aggregated counts; commons-math3 is a test oracle only")
                .check(STATISTICS);
    }

    @Test
    void topLevelClassesAreFinalOrRecords() {
        classes()
                .that()
                .areTopLevelClasses()
                .and()
                .areNotInterfaces()
                .should()
                .haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                .check(STATISTICS);
    }
}
