package io.longitude.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Writes a run's results: {@code <stem>.md} (machine, command, workload, tables by class and endpoint, targets,
 * memory), {@code <stem>.csv} (one row per phase and class or endpoint) and {@code <stem>-server.csv} (the server
 * samples).
 */
final class LoadReport {
    static final String CSV_HEADER =
            "phase,kind,name,requests,errors,error_percent,throughput_per_s,p50_ms,p95_ms,p99_ms,max_ms";
    private static final List<RequestClass> REPORTED =
            List.of(RequestClass.PAGE, RequestClass.CHART, RequestClass.API, RequestClass.SQL, RequestClass.EXPORT);

    private final Result result;
    private final String command;

    LoadReport(Result result, String command) {
        this.result = result;
        this.command = command;
    }

    /** Writes the three files into {@code folder}; returns the Markdown file. */
    Path write(Path folder, String stem) throws IOException {
        Files.createDirectories(folder);
        Path markdown = folder.resolve(stem + ".md");
        Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(stem + ".csv"), csv(), StandardCharsets.UTF_8);
        StringBuilder server = new StringBuilder(ServerSample.CSV_HEADER).append('\n');
        result.samples().forEach(sample -> server.append(sample.csv()).append('\n'));
        Files.writeString(folder.resolve(stem + "-server.csv"), server, StandardCharsets.UTF_8);
        return markdown;
    }

    String csv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        List<List<Phase>> groups = new ArrayList<>();
        result.schedule().phases().forEach(phase -> groups.add(List.of(phase)));
        if (result.schedule().quiet().size() > 1) {
            groups.add(result.schedule().quiet());
        }
        for (List<Phase> group : groups) {
            String name = group.size() == 1 ? group.get(0).name() : "quiet-all";
            for (RequestClass requestClass : RequestClass.values()) {
                csv.append(csvRow(name, "class", Phase.merged(requestClass.name(), group, requestClass::equals)));
            }
            csv.append(csvRow(name, "class", Phase.merged("DASHBOARD", group, RequestClass::dashboard)));
            Phase.endpoints(group).values().forEach(summary -> csv.append(csvRow(name, "endpoint", summary)));
        }
        return csv.toString();
    }

    String markdown() {
        Schedule schedule = result.schedule();
        List<Phase> quiet = schedule.quiet();
        List<Phase> loaded = schedule.loaded();
        StringBuilder md = new StringBuilder();
        md.append("# Load test of the dashboard, ")
                .append(result.started().toString(), 0, 10)
                .append("\n\n");
        md.append("- **Command**: `").append(command).append("`\n");
        md.append("- **Machine**: ")
                .append(Machine.current().describe())
                .append("; shared with other jobs: load average (1, 5, 15 min) ")
                .append(result.loadAverageStart())
                .append(" at the start, ")
                .append(result.loadAverageEnd())
                .append(" at the end\n");
        md.append("- **Run**: ")
                .append(result.started())
                .append(" to ")
                .append(result.ended())
                .append('\n');
        if (!result.serverCommandLine().isEmpty()) {
            md.append("- **Server**: pid ")
                    .append(result.settings().serverPid())
                    .append(", `")
                    .append(result.serverCommandLine())
                    .append("`\n");
        }
        md.append("- **Workload**: ").append(workload()).append('\n');
        md.append("- **Phases**: ").append(phases()).append('\n');
        md.append("- **First views** (before the users, one by one, filling the server's caches): ")
                .append(firstViews())
                .append("\n\n");

        md.append("## Results by request class\n\n");
        md.append(
                "Latencies in milliseconds, from the client (request sent to last byte read); throughput in requests per second over the phase. ");
        md.append("\"quiet\" is the phases without heavy analysts together")
                .append(loaded.isEmpty() ? "" : ", \"analysts\" the phase with them")
                .append(".\n\n");
        md.append(
                "| class | phase | requests | errors | error % | req/s | p50 | p95 | p99 | max |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RequestClass requestClass : REPORTED) {
            md.append(classRow(Phase.merged(requestClass.label(), quiet, requestClass::equals), "quiet"));
            if (!loaded.isEmpty()) {
                md.append(classRow(Phase.merged(requestClass.label(), loaded, requestClass::equals), "analysts"));
            }
        }
        md.append(
                classRow(Phase.merged("**dashboard** (pages, charts, API)", quiet, RequestClass::dashboard), "quiet"));
        if (!loaded.isEmpty()) {
            md.append(classRow(
                    Phase.merged("**dashboard** (pages, charts, API)", loaded, RequestClass::dashboard), "analysts"));
            md.append(
                    classRow(Phase.merged(RequestClass.HEAVY.label(), loaded, RequestClass.HEAVY::equals), "analysts"));
        }
        md.append('\n');

        md.append(
                "### By phase, in order\n\n| phase | duration | dashboard requests | req/s | p50 | p95 | p99 | small SQL p95 | errors (all classes) "
                        + "| server CPU (cores) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Phase phase : schedule.phases()) {
            Summary dashboard = Phase.merged("dashboard", List.of(phase), RequestClass::dashboard);
            Summary sql = Phase.merged("sql", List.of(phase), RequestClass.SQL::equals);
            Summary all = Phase.merged("all", List.of(phase), counted());
            double cores = ServerUse.cores(result.samples(), phase.name());
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %.1f | %s | %s | %s | %s | %d | %s |%n",
                    phase.name(),
                    seconds(phase.span()),
                    dashboard.count(),
                    dashboard.throughput(),
                    ms(dashboard.p50()),
                    ms(dashboard.p95()),
                    ms(dashboard.p99()),
                    ms(sql.p95()),
                    all.errors(),
                    Double.isNaN(cores) ? "" : String.format(Locale.ROOT, "%.2f", cores)));
        }
        md.append('\n');

        if (!loaded.isEmpty()) {
            md.append(
                    "## p95 with two heavy analysts against without\n\n| class | quiet p95 | analysts p95 | ratio |\n|---|---:|---:|---:|\n");
            for (RequestClass requestClass : REPORTED) {
                md.append(ratioRow(
                        requestClass.label(),
                        Phase.merged("", quiet, requestClass::equals),
                        Phase.merged("", loaded, requestClass::equals)));
            }
            md.append(ratioRow(
                    "**dashboard** (pages, charts, API)",
                    Phase.merged("", quiet, RequestClass::dashboard),
                    Phase.merged("", loaded, RequestClass::dashboard)));
            md.append('\n');
        }

        md.append("## Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
        for (Verdict verdict : verdicts()) {
            md.append("| ")
                    .append(verdict.target())
                    .append(" | ")
                    .append(verdict.figure())
                    .append(" | ")
                    .append(verdict.mark())
                    .append(" |\n");
        }
        md.append('\n');

        md.append(memory());

        md.append("## By endpoint\n\n| class and endpoint | quiet n | p50 | p95 | p99 |")
                .append(loaded.isEmpty() ? "" : " analysts n | p50 | p95 | p99 |")
                .append("\n|---|---:|---:|---:|---:|")
                .append(loaded.isEmpty() ? "" : "---:|---:|---:|---:|")
                .append('\n');
        Map<String, Summary> quietEndpoints = Phase.endpoints(quiet);
        Map<String, Summary> loadedEndpoints = Phase.endpoints(loaded);
        Set<String> names = new TreeSet<>(quietEndpoints.keySet());
        names.addAll(loadedEndpoints.keySet());
        for (String name : names) {
            md.append("| `").append(name).append("` | ").append(cells(quietEndpoints.get(name)));
            if (!loaded.isEmpty()) {
                md.append(cells(loadedEndpoints.get(name)));
            }
            md.append('\n');
        }
        md.append('\n');

        md.append("## Errors by kind\n\n");
        boolean any = false;
        for (Phase phase : schedule.phases()) {
            for (Map.Entry<String, Long> kind : phase.errorKinds().entrySet()) {
                md.append("- ")
                        .append(phase.name())
                        .append(": ")
                        .append(kind.getKey())
                        .append(" × ")
                        .append(kind.getValue())
                        .append('\n');
                any = true;
            }
        }
        md.append(any ? "\n" : "None.\n\n");
        return md.toString();
    }

    /** The verdicts on the targets, from the quiet phases (latencies) and all measured phases (errors). */
    List<Verdict> verdicts() {
        Schedule schedule = result.schedule();
        List<Phase> quiet = schedule.quiet();
        List<Phase> measured = schedule.phases().subList(1, schedule.phases().size());
        List<ServerSample> collected = result.collected();
        return Targets.evaluate(
                Phase.merged("", quiet, RequestClass.PAGE::equals),
                Phase.merged("", quiet, RequestClass.CHART::equals),
                Phase.merged("", quiet, RequestClass.SQL::equals),
                Phase.merged("", quiet, RequestClass::dashboard),
                schedule.loaded().isEmpty() ? null : Phase.merged("", schedule.loaded(), RequestClass::dashboard),
                Phase.merged("", measured, counted()),
                collected.isEmpty() ? -1 : collected.get(0).oldUsedKb(),
                collected.size() < 2 ? -1 : collected.get(collected.size() - 1).oldUsedKb());
    }

    private String memory() {
        List<ServerSample> samples = result.samples();
        if (samples.isEmpty()) {
            return "## Server memory\n\nNot sampled (no --server-pid).\n\n";
        }
        StringBuilder md = new StringBuilder("## Server memory\n\n");
        md.append(
                        "Resident memory from `/proc/<pid>/status` (VmRSS now, VmHWM the peak since the process started), the heap from `jstat -gc` ")
                .append("(old generation: its occupancy after the last collection), every ")
                .append(Durations.format(result.settings().sampleEvery()))
                .append(
                        "; \"after full GC\" rows follow `jcmd <pid> GC.run`, so their old generation is the live set.\n\n");
        md.append(
                        "| when | phase | VmRSS MB | VmHWM MB | heap used MB | heap committed MB | old gen MB | young GCs | full GCs | CPU s |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        ServerSample first = samples.get(0);
        for (ServerSample sample : samples) {
            boolean marked = !sample.note().isEmpty()
                    || sample.phase().equals(LoadRun.IDLE)
                    || sample == samples.get(samples.size() - 1)
                    || Duration.between(first.at(), sample.at()).toSeconds() % 60
                            < result.settings().sampleEvery().toSeconds();
            if (marked) {
                md.append(String.format(
                        Locale.ROOT,
                        "| +%ds%s | %s | %.0f | %.0f | %.0f | %.0f | %.1f | %d | %d | %.0f |%n",
                        Duration.between(first.at(), sample.at()).toSeconds(),
                        sample.note().isEmpty() ? "" : " " + sample.note(),
                        sample.phase(),
                        sample.rssKb() / 1024.0,
                        sample.hwmKb() / 1024.0,
                        sample.heapUsedKb() / 1024,
                        sample.heapCapacityKb() / 1024,
                        sample.oldUsedKb() / 1024,
                        sample.youngCollections(),
                        sample.fullCollections(),
                        sample.cpuSeconds()));
            }
        }
        List<ServerSample> measured = result.measured();
        double maximumRss =
                measured.stream().mapToLong(ServerSample::rssKb).max().orElse(0) / 1024.0;
        md.append(String.format(
                Locale.ROOT,
                "%nThe table shows about one sample a minute; all are in the `-server.csv` file. Idle: VmRSS %.0f MB "
                        + "(VmHWM %.0f MB, the peak since the server started, e.g. the demo's ingest and analysis in the same process). Under load: VmRSS up to %.0f MB; VmHWM %.0f MB at "
                        + "the end. Old generation over the measured phases: slope %.1f MB/min (least squares over %d samples; it grows between "
                        + "collections by what young collections promote, so the live set after a full collection is the figure to compare).%n%n",
                first.rssKb() / 1024.0,
                first.hwmKb() / 1024.0,
                maximumRss,
                samples.get(samples.size() - 1).hwmKb() / 1024.0,
                HeapTrend.oldGenerationSlopeMbPerMinute(measured),
                measured.size()));
        return md.toString();
    }

    private String workload() {
        Mix<Persona> personas = Workload.personas();
        int users = result.settings().users();
        int[] counts = new int[Persona.values().length];
        for (int i = 0; i < users; i++) {
            counts[personas.pick((i + 0.5) / users).ordinal()]++;
        }
        return String.format(
                Locale.ROOT,
                "%d virtual users (%d managers, %d funders, %d analysts) of programme `%s` (editions %s), think time %s "
                        + "between requests, %s; %d heavy analysts in the analysts' phase running `%s`",
                users,
                counts[0],
                counts[1],
                counts[2],
                result.programmeId(),
                String.join(", ", result.editionIds()),
                result.settings().think(),
                result.settings().images() ? "an HTML page's images loaded after it, one by one" : "images not loaded",
                result.settings().heavyAnalysts(),
                result.settings().heavySql());
    }

    private String firstViews() {
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(result.firstViews()).forEach((path, timing) -> parts.add("`" + path + "` " + timing));
        return String.join(", ", parts);
    }

    private String phases() {
        List<String> parts = new ArrayList<>();
        for (Phase phase : result.schedule().phases()) {
            parts.add(phase.name() + " " + seconds(phase.span())
                    + (phase.heavyAnalysts() > 0 ? " (" + phase.heavyAnalysts() + " heavy analysts)" : "")
                    + (phase.name().equals(Schedule.WARM_UP) ? " (not counted)" : ""));
        }
        return String.join(", ", parts);
    }

    private static Predicate<RequestClass> counted() {
        return requestClass -> requestClass != RequestClass.HEAVY && requestClass != RequestClass.SIGN_IN;
    }

    private static String classRow(Summary summary, String phase) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %.2f | %.2f | %s | %s | %s | %s |%n",
                summary.name(),
                phase,
                summary.count(),
                summary.errors(),
                summary.errorPercent(),
                summary.throughput(),
                ms(summary.p50()),
                ms(summary.p95()),
                ms(summary.p99()),
                ms(summary.max()));
    }

    private static String ratioRow(String name, Summary quiet, Summary loaded) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s |%n",
                name,
                ms(quiet.p95()),
                ms(loaded.p95()),
                quiet.count() == 0 || loaded.count() == 0
                        ? ""
                        : String.format(Locale.ROOT, "%.2f×", loaded.p95Ratio(quiet)));
    }

    private static String cells(Summary summary) {
        if (summary == null) {
            return "0 | | | | ";
        }
        return String.format(
                Locale.ROOT,
                "%d | %s | %s | %s | ",
                summary.count(),
                ms(summary.p50()),
                ms(summary.p95()),
                ms(summary.p99()));
    }

    private static String csvRow(String phase, String kind, Summary summary) {
        return String.format(
                Locale.ROOT,
                "%s,%s,\"%s\",%d,%d,%.3f,%.3f,%.1f,%.1f,%.1f,%.1f%n",
                phase,
                kind,
                summary.name().replace("\"", "\"\""),
                summary.count(),
                summary.errors(),
                summary.errorPercent(),
                summary.throughput(),
                summary.p50(),
                summary.p95(),
                summary.p99(),
                summary.max());
    }

    private static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "";
        }
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
