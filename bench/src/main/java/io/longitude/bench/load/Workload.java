package io.longitude.bench.load;

import io.longitude.bench.load.Mix.Weighted;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * What the virtual users ask for, by persona, over the demo programme's editions. Managers read edition pages (with
 * their charts), editions compared, the network, trajectories and data quality; funders the portfolio and the
 * report (HTML, CSV, sometimes PDF); analysts the JSON API, small ad-hoc queries and edition pages.
 */
final class Workload {
    static final List<String> CHART_SLUGS = List.of(
            "funnel",
            "response-rate",
            "attrition-bias",
            "integration",
            "transitions",
            "pre-post",
            "agreement",
            "intention",
            "survival",
            "dose-response",
            "network",
            "contacts",
            "alumni",
            "staff",
            "comparison-group");
    static final List<String> SMALL_QUERIES = List.of(
            "SELECT wave, count(*) AS n FROM responses GROUP BY wave ORDER BY wave",
            "SELECT edition_id, wave, count(*) AS n FROM responses GROUP BY edition_id, wave ORDER BY edition_id, wave",
            "SELECT status, count(*) AS n FROM enrolments GROUP BY status",
            "SELECT metric_id, count(*) AS n FROM metric_values GROUP BY metric_id ORDER BY metric_id");

    private final String programmeId;
    private final List<String> editionIds;
    private final Map<Persona, Mix<Function<Random, Request>>> mixes;

    Workload(String programmeId, List<String> editionIds) {
        if (editionIds.isEmpty()) {
            throw new IllegalArgumentException(
                    "Cannot build a workload, the programme has no editions: " + programmeId);
        }
        this.programmeId = programmeId;
        this.editionIds = List.copyOf(editionIds);
        this.mixes = Map.of(Persona.MANAGER, manager(), Persona.FUNDER, funder(), Persona.ANALYST, analyst());
    }

    /** The share of virtual users per persona. */
    static Mix<Persona> personas() {
        return Mix.of(List.of(
                new Weighted<>(Persona.MANAGER, 50),
                new Weighted<>(Persona.FUNDER, 30),
                new Weighted<>(Persona.ANALYST, 20)));
    }

    Mix<Function<Random, Request>> mix(Persona persona) {
        return mixes.get(persona);
    }

    /**
     * The pages whose first view computes what later views reuse (Spark reads of the lake, the network layout, the
     * report), each once, with the persona that may open it: asked for before the users start, so the warm-up measures
     * warm caches.
     */
    Map<String, Persona> firstViews() {
        Map<String, Persona> paths = new java.util.LinkedHashMap<>();
        for (String edition : editionIds) {
            paths.put("/editions/" + edition, Persona.MANAGER);
            paths.put("/editions/" + edition + "/network", Persona.MANAGER);
            paths.put("/editions/" + edition + "/trajectories", Persona.MANAGER);
        }
        paths.put("/editions/compared", Persona.MANAGER);
        paths.put("/programmes/" + programmeId + "/quality", Persona.MANAGER);
        paths.put("/portfolio", Persona.FUNDER);
        return paths;
    }

    /** The next request of a user of {@code persona}. */
    Request next(Persona persona, Random random) {
        return mix(persona).pick(random.nextDouble()).apply(random);
    }

    /** The endpoint a path is counted under: ids replaced by placeholders, the query string dropped. */
    String endpoint(String path) {
        String endpoint = path.replaceAll("[?#].*$", "");
        for (String edition : editionIds) {
            endpoint =
                    endpoint.replace("/" + edition + "/", "/{edition}/").replaceAll("/" + edition + "$", "/{edition}");
        }
        return endpoint.replace(programmeId, "{programme}");
    }

    /** The endpoint an image is counted under: the edition charts' slugs become {chart}, other charts keep theirs. */
    String chartEndpoint(String path) {
        String endpoint = endpoint(path);
        for (String slug : CHART_SLUGS) {
            endpoint = endpoint.replaceAll(
                    "^/charts/\\{edition}/" + slug + "\\.(png|svg)$", "/charts/{edition}/{chart}.$1");
        }
        return endpoint;
    }

    private Mix<Function<Random, Request>> manager() {
        return Mix.of(List.of(
                page(25, random -> "/editions/" + edition(random)),
                page(8, random -> "/editions/compared"),
                page(8, random -> "/editions/" + edition(random) + "/network"),
                page(8, random -> "/editions/" + edition(random) + "/trajectories"),
                page(5, random -> "/programmes/" + programmeId + "/quality"),
                page(4, random -> "/reports/" + programmeId),
                new Weighted<>(this::chart, 38),
                new Weighted<>(random -> api("/api/editions/" + edition(random) + "/metrics"), 4)));
    }

    private Mix<Function<Random, Request>> funder() {
        return Mix.of(List.of(
                page(30, random -> "/portfolio"),
                page(40, random -> "/reports/" + programmeId),
                new Weighted<>(random -> export("/reports/" + programmeId + ".csv"), 25),
                new Weighted<>(random -> export("/reports/" + programmeId + ".pdf"), 5)));
    }

    private Mix<Function<Random, Request>> analyst() {
        return Mix.of(List.of(
                new Weighted<>(this::smallQuery, 25),
                new Weighted<>(random -> api("/api/editions"), 20),
                new Weighted<>(random -> api("/api/editions/" + edition(random) + "/metrics"), 30),
                page(15, random -> "/editions/" + edition(random)),
                new Weighted<>(this::chart, 10)));
    }

    private Weighted<Function<Random, Request>> page(double weight, Function<Random, String> path) {
        return new Weighted<>(
                random -> {
                    String chosen = path.apply(random);
                    return Request.get(RequestClass.PAGE, endpoint(chosen), chosen);
                },
                weight);
    }

    private Request chart(Random random) {
        String path = "/charts/" + edition(random) + "/" + CHART_SLUGS.get(random.nextInt(CHART_SLUGS.size()))
                + (random.nextBoolean() ? ".png" : ".svg");
        return Request.get(RequestClass.CHART, chartEndpoint(path), path);
    }

    private Request api(String path) {
        return Request.get(RequestClass.API, endpoint(path), path);
    }

    private Request export(String path) {
        return Request.get(RequestClass.EXPORT, endpoint(path), path);
    }

    private Request smallQuery(Random random) {
        String sql = SMALL_QUERIES.get(random.nextInt(SMALL_QUERIES.size()));
        return Request.post(RequestClass.SQL, "POST /api/sql (small)", "/api/sql", "{\"sql\": \"" + sql + "\"}");
    }

    private String edition(Random random) {
        return editionIds.get(random.nextInt(editionIds.size()));
    }
}
