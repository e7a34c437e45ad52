package io.longitude.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the load: signs in to learn the editions, starts the virtual users, lets the phases follow one another (the
 * heavy analysts only in theirs), samples the server every {@code sampleEvery}, and asks for a full collection
 * shortly before measuring starts and after it ends, so the live heaps can be compared.
 */
final class LoadRun {
    static final String IDLE = "idle";
    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final List<String> LANGUAGES = List.of("en", "nl", "fr");

    private final Settings settings;
    private final List<ServerSample> samples = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> firstViews = new java.util.LinkedHashMap<>();

    LoadRun(Settings settings) {
        this.settings = settings;
    }

    Result run() throws IOException, InterruptedException {
        Instant started = Instant.now();
        String loadStart = Machine.loadAverage();
        Map<String, String> passwords = Credentials.read(settings.credentials());
        Session probe = new Session(settings.baseUrl(), "en", settings.timeout());
        probe.signIn(Persona.ANALYST.username(), Credentials.password(passwords, Persona.ANALYST.username()));
        Map<String, List<String>> editions =
                Editions.parse(probe.get("/api/editions").body());
        if (editions.isEmpty()) {
            throw new IllegalStateException("Cannot load the server, /api/editions lists no edition");
        }
        String programmeId = editions.keySet().iterator().next();
        Workload workload = new Workload(programmeId, editions.get(programmeId));
        Schedule schedule =
                Schedule.of(settings.warmUp(), settings.duration(), settings.heavyAnalysts(), settings.heavyFor());
        ServerProbe server = settings.serverPid() > 0 ? new ServerProbe(settings.serverPid()) : null;
        String serverCommandLine = server == null ? "" : server.commandLine();
        if (server != null) {
            samples.add(server.sample(IDLE));
        }

        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(daemon("load-sampler"));
        if (server != null) {
            sampler.scheduleAtFixedRate(
                    () -> sample(server, schedule),
                    settings.sampleEvery().toMillis(),
                    settings.sampleEvery().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        firstViews.putAll(firstViews(workload, passwords));
        Mix<Persona> personas = Workload.personas();
        List<Thread> users = new ArrayList<>();
        schedule.phases().get(0).start(Instant.now());
        for (int i = 0; i < settings.users(); i++) {
            Persona persona = personas.pick((i + 0.5) / settings.users());
            Session session = new Session(settings.baseUrl(), LANGUAGES.get(i % LANGUAGES.size()), settings.timeout());
            VirtualUser user = new VirtualUser(
                    persona,
                    Credentials.password(passwords, persona.username()),
                    session,
                    workload,
                    settings.think(),
                    schedule,
                    settings.images(),
                    settings.seed() * 1_000 + i);
            Thread thread = new Thread(user, "user-" + i + "-" + persona.username());
            thread.setDaemon(true);
            thread.start();
            users.add(thread);
        }
        log("warm-up: " + settings.users() + " users for " + Durations.format(settings.warmUp()));
        // The full collection falls in the warm-up's last seconds, so its pause is not measured.
        boolean settles = settings.warmUp().compareTo(SETTLE.multipliedBy(2)) > 0;
        Thread.sleep(
                settles
                        ? settings.warmUp().minus(SETTLE).toMillis()
                        : settings.warmUp().toMillis());
        if (server != null) {
            samples.add(server.collect(Schedule.WARM_UP));
        }
        Thread.sleep(settles ? SETTLE.toMillis() : 0);

        for (Phase phase : schedule.phases().subList(1, schedule.phases().size())) {
            schedule.enter(phase, Instant.now());
            log(phase.name() + ": " + Durations.format(phase.planned())
                    + (phase.heavyAnalysts() > 0 ? ", " + phase.heavyAnalysts() + " heavy analysts" : ""));
            List<HeavyAnalyst> analysts = new ArrayList<>();
            List<Thread> analystThreads = new ArrayList<>();
            for (int i = 0; i < phase.heavyAnalysts(); i++) {
                HeavyAnalyst analyst = new HeavyAnalyst(
                        i,
                        Credentials.password(passwords, Persona.ANALYST.username()),
                        new Session(settings.baseUrl(), "en", Duration.ofMinutes(5)),
                        settings.heavySql(),
                        phase);
                Thread thread = new Thread(analyst, "heavy-analyst-" + i);
                thread.setDaemon(true);
                thread.start();
                analysts.add(analyst);
                analystThreads.add(thread);
            }
            Thread.sleep(phase.planned().toMillis());
            analysts.forEach(HeavyAnalyst::stop);
            for (Thread thread : analystThreads) {
                thread.join(Duration.ofSeconds(30).toMillis());
            }
        }
        schedule.finish(Instant.now());
        for (Thread user : users) {
            user.join(settings.timeout().plus(settings.think().maximum()).toMillis());
        }
        sampler.shutdown();
        sampler.awaitTermination(1, TimeUnit.MINUTES);
        if (server != null) {
            samples.add(server.sample("end"));
            samples.add(server.collect("end"));
        }
        log("done");
        return new Result(
                settings,
                programmeId,
                editions.get(programmeId),
                schedule,
                samples,
                serverCommandLine,
                started,
                Instant.now(),
                loadStart,
                Machine.loadAverage(),
                firstViews);
    }

    /** Opens each page that fills a cache once, one after the other; returns each page's status and time. */
    private Map<String, String> firstViews(Workload workload, Map<String, String> passwords)
            throws IOException, InterruptedException {
        Map<Persona, Session> sessions = new java.util.EnumMap<>(Persona.class);
        Map<String, String> timings = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Persona> view : workload.firstViews().entrySet()) {
            Session session = sessions.get(view.getValue());
            if (session == null) {
                session = new Session(settings.baseUrl(), "en", Duration.ofMinutes(5));
                session.signIn(
                        view.getValue().username(),
                        Credentials.password(passwords, view.getValue().username()));
                sessions.put(view.getValue(), session);
            }
            long start = System.nanoTime();
            int status = session.get(view.getKey()).statusCode();
            timings.put(
                    view.getKey(),
                    String.format(java.util.Locale.ROOT, "%d in %.0f ms", status, (System.nanoTime() - start) / 1e6));
        }
        log("first views: " + timings);
        return timings;
    }

    private void sample(ServerProbe server, Schedule schedule) {
        try {
            samples.add(server.sample(schedule.current().name()));
        } catch (IOException e) {
            System.err.println("Cannot sample the server: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void log(String line) {
        System.out.println(Instant.now() + " " + line);
        System.out.flush();
    }
}
