package io.longitude.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TestArchitecture {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.longitude.core");

    @Test
    void coreImportsNoEngineOrFramework() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.spark..",
                        "org.springframework..",
                        "org.apache.hadoop..",
                        "io.delta..",
                        "org.apache.parquet..",
                        "scala..")
                .because("core is the engine-free contract between ingest, analytics and dashboard")
                .check(CORE);
    }

    @Test
    void coreImportsNoOtherModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.longitude.ingest..", "io.longitude.analytics..", "io.longitude.dashboard..")
                .check(CORE);
    }
}
