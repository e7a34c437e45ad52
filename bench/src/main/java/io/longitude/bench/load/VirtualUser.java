package io.longitude.bench.load;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated person: signs in as their persona, then until the run ends asks for the next request of the
 * persona's mix, loads the images an HTML page names (one after the other, as a browser with one connection would),
 * and thinks. Every request is timed and counted in the phase it started in.
 */
final class VirtualUser implements Runnable {
    private static final Pattern IMAGE = Pattern.compile("<img[^>]*\\ssrc=\"([^\"]+)\"");

    private final Persona persona;
    private final String password;
    private final Session session;
    private final Workload workload;
    private final Think think;
    private final Schedule schedule;
    private final boolean images;
    private final Random random;

    VirtualUser(
            Persona persona,
            String password,
            Session session,
            Workload workload,
            Think think,
            Schedule schedule,
            boolean images,
            long seed) {
        this.persona = persona;
        this.password = password;
        this.session = session;
        this.workload = workload;
        this.think = think;
        this.schedule = schedule;
        this.images = images;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        try {
            pause(Duration.ofMillis(random.nextInt(3_000)));
            signIn();
            while (!schedule.over()) {
                Request request = workload.next(persona, random);
                String body = send(request);
                if (images && body != null && request.requestClass() == RequestClass.PAGE) {
                    for (String image : images(body)) {
                        if (!schedule.over()) {
                            send(Request.get(RequestClass.CHART, workload.chartEndpoint(image), image));
                        }
                    }
                }
                pause(think.next(random));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The image paths of an HTML page, in order, with {@code &amp;} decoded. */
    static List<String> images(String html) {
        List<String> paths = new ArrayList<>();
        Matcher matcher = IMAGE.matcher(html);
        while (matcher.find()) {
            String path = matcher.group(1).replace("&amp;", "&");
            if (path.startsWith("/") && !path.startsWith("//")) {
                paths.add(path);
            }
        }
        return paths;
    }

    private void signIn() throws InterruptedException {
        Request request = Request.get(RequestClass.SIGN_IN, "POST /login", "/login");
        long start = System.nanoTime();
        String error = null;
        try {
            session.signIn(persona.username(), password);
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        schedule.current().record(request, System.nanoTime() - start, error);
        if (error != null) {
            throw new IllegalStateException(error);
        }
    }

    /** Sends the request and records it; the body when it was an HTML page answered 200, else null. */
    private String send(Request request) throws InterruptedException {
        Phase phase = schedule.current();
        long start = System.nanoTime();
        String error;
        String body = null;
        try {
            if (request.posts()) {
                HttpResponse<String> response = session.postJson(request.path(), request.json());
                error = response.statusCode() == 200 && response.body().contains("\"rows\"")
                        ? null
                        : "HTTP " + response.statusCode();
            } else if (request.requestClass() == RequestClass.PAGE) {
                HttpResponse<String> response = session.get(request.path());
                error = response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
                body = error == null ? response.body() : null;
            } else {
                HttpResponse<byte[]> response = session.bytes(request.path());
                error = response.statusCode() == 200 && response.body().length > 0
                        ? null
                        : "HTTP " + response.statusCode();
            }
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName();
        }
        phase.record(request, System.nanoTime() - start, error);
        return body;
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
