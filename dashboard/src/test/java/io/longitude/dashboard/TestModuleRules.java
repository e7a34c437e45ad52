package io.longitude.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the modules (DEVELOPMENT.md, "Modules and their rules"): ingest and analytics never import each
 * other, the SQL console's module knows no Spring nor the application, the application's charts and editions
 * packages do not import each other both ways, and the application uses ingest and analytics only through the entry
 * points named here. Widening a list is a decision: say
 * why in DEVELOPMENT.md.
 */
class TestModuleRules {
    /** Ingest as the application may use it: run an ingest, and what the CLI's erase, demo and key commands need. */
    static final Set<String> INGEST_ENTRY_POINTS = Set.of(
            "io.longitude.ingest.Ingest",
            // the session summaries managers write in the dashboard, kept as a table of the lake
            "io.longitude.ingest.summaries.SessionSummaries",
            // which editions a manager has published on the public pages, kept as a table of the lake
            "io.longitude.ingest.summaries.Publications",
            "io.longitude.ingest.IngestConfig",
            "io.longitude.ingest.IngestReport",
            "io.longitude.ingest.FileReport",
            "io.longitude.ingest.QuarantineItem",
            // the scope of a write (uploads, inbox rules, `ingest --programme`) and a dry run's preview (`--dry-run`,
            // the
            // upload check)
            "io.longitude.ingest.WriteScope",
            "io.longitude.ingest.FilePreview",
            // the upload page lists the mappings by survey tool and form
            "io.longitude.ingest.mapping.Mapping",
            // the pseudonym key file of `./longitude ingest` and `demo`
            "io.longitude.ingest.PseudonymKeys",
            // `./longitude erase`
            "io.longitude.ingest.erase.Erasure",
            "io.longitude.ingest.erase.ErasureReport",
            "io.longitude.ingest.erase.DeltaHistory",
            // `./longitude demo` and `generate`
            "io.longitude.ingest.generate.DemoProgrammeGenerator",
            "io.longitude.ingest.generate.GeneratorConfig",
            "io.longitude.ingest.generate.ExportFormat",
            "io.longitude.ingest.generate.ProgrammeNames",
            // the server's writer queue and the CLI share the lake's writer lease
            "io.longitude.ingest.lake.WriterLease",
            "io.longitude.ingest.lake.LeaseHeldException",
            // the application's session writes the local lake through ingest's fork-free file system (LocalSpark)
            "io.longitude.ingest.lake.ForkFreeLocalFileSystem");

    /** Analytics as the application may use it: run the job, and the session settings and graph bound it shares. */
    static final Set<String> ANALYTICS_ENTRY_POINTS = Set.of(
            "io.longitude.analytics.AnalyticsJob",
            "io.longitude.analytics.AnalyticsConfig",
            "io.longitude.analytics.AnalyticsReport",
            // the application's Spark session is analytics' local session (LocalSpark)
            "io.longitude.analytics.LocalSession",
            // the network picture draws a graph only within M11's bound
            "io.longitude.analytics.collaboration.GraphBound",
            // the one reader of a Delta table's latest version (the caches' and the console's change check)
            "io.longitude.analytics.io.DeltaVersions",
            // follow-up tracking: who answered a wave so far, counted from the lake's tables for the manager's page
            "io.longitude.analytics.followup.FollowUpProgress");

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.longitude");

    @Test
    void ingestImportsNoAnalytics() {
        noClasses()
                .that()
                .resideInAPackage("io.longitude.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.longitude.analytics..")
                .check(ALL);
    }

    @Test
    void analyticsImportsNoIngest() {
        noClasses()
                .that()
                .resideInAPackage("io.longitude.analytics..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.longitude.ingest..")
                .check(ALL);
    }

    @Test
    void sqlConsoleImportsNoSpring() {
        noClasses()
                .that()
                .resideInAPackage("io.longitude.sql..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "jakarta.validation..")
                .because("the console's guard, sessions and executor run and are tested without the web application")
                .check(ALL);
    }

    @Test
    void sqlConsoleImportsNeitherTheApplicationNorIngest() {
        noClasses()
                .that()
                .resideInAPackage("io.longitude.sql..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.longitude.dashboard..", "io.longitude.ingest..")
                .because(
                        "the application makes a ConsoleUser of its signed-in viewer; the console reads the lake, it never writes it")
                .check(ALL);
        noClasses()
                .that()
                .resideInAPackage("io.longitude.sql..")
                .should()
                .dependOnClassesThat(
                        outside("io.longitude.analytics", Set.of("io.longitude.analytics.io.DeltaVersions")))
                .because("the console reads tables' versions as the analysis does, nothing more of it")
                .check(ALL);
    }

    @Test
    void chartsAndEditionsHaveNoCycle() {
        slices().matching("io.longitude.dashboard.(charts|editions)..")
                .should()
                .beFreeOfCycles()
                .check(ALL);
        noClasses()
                .that()
                .resideInAPackage("io.longitude.dashboard.charts..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.longitude.dashboard.editions..")
                .because(
                        "charts draw what they are given; the editions' pages and the chart endpoint read the metric store")
                .check(ALL);
    }

    @Test
    void accessDoesNotImportTheAudit() {
        slices().matching("io.longitude.dashboard.(access|audit)..")
                .should()
                .beFreeOfCycles()
                .check(ALL);
        noClasses()
                .that()
                .resideInAPackage("io.longitude.dashboard.access..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.longitude.dashboard.audit..")
                .because("access records through AccessEvents, which the audit implements")
                .check(ALL);
    }

    @Test
    void applicationUsesIngestOnlyThroughItsEntryPoints() {
        noClasses()
                .that()
                .resideInAPackage("io.longitude.dashboard..")
                .should()
                .dependOnClassesThat(outside("io.longitude.ingest", INGEST_ENTRY_POINTS))
                .because("the application runs ingest through Ingest.run and the named CLI entry points only")
                .check(ALL);
    }

    @Test
    void applicationUsesAnalyticsOnlyThroughItsEntryPoints() {
        noClasses()
                .that()
                .resideInAPackage("io.longitude.dashboard..")
                .should()
                .dependOnClassesThat(outside("io.longitude.analytics", ANALYTICS_ENTRY_POINTS))
                .because(
                        "metrics are computed by AnalyticsJob and read from its tables, never recomputed by the application")
                .check(ALL);
    }

    @Test
    void theRulesSeeWhatTheApplicationUses() {
        assertThat(usesOnly("io.longitude.analytics", Set.of()).evaluate(ALL).hasViolation())
                .as("the application uses analytics, so an empty list of entry points is violated")
                .isTrue();
        assertThat(usesOnly("io.longitude.ingest", Set.of("io.longitude.ingest.Ingest"))
                        .evaluate(ALL)
                        .hasViolation())
                .as("the CLI uses more of ingest than Ingest.run")
                .isTrue();
        assertThat(ALL.containPackage("io.longitude.sql"))
                .as("the console's module is on the classpath the rules read")
                .isTrue();
        assertThat(noClasses()
                        .that()
                        .resideInAPackage("io.longitude.sql..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.apache.spark..")
                        .evaluate(ALL)
                        .hasViolation())
                .as("the console's classes are imported with their dependencies")
                .isTrue();
    }

    private static ArchRule usesOnly(String module, Set<String> entryPoints) {
        return noClasses()
                .that()
                .resideInAPackage("io.longitude.dashboard..")
                .should()
                .dependOnClassesThat(outside(module, entryPoints));
    }

    /** A class of the module (or a nested class of one) that is not one of its entry points. */
    private static DescribedPredicate<JavaClass> outside(String module, Set<String> entryPoints) {
        return DescribedPredicate.describe(
                "in " + module + " but not one of its entry points " + entryPoints,
                type -> type.getPackageName().startsWith(module)
                        && !entryPoints.contains(type.getName().replaceFirst("\\$.*", "")));
    }
}
