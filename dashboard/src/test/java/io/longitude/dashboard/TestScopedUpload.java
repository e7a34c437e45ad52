package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.lake.DeltaLake;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Uploads write only rows of the uploader's programmes, tried as an attacker on the real server: a manager of another
 * programme uploading the demo programme's follow-ups, or editions taking over the demo's edition or naming its
 * programme in another case. Nothing of it enters the lake; each row is quarantined with its reason. The upload is
 * stored readable by its owner only.
 */
class TestScopedUpload {
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----longitude-scope-boundary";

    static DemoServer server;
    static DeltaLake lake;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
        lake = new DeltaLake(server.spark, server.lake);
    }

    @Test
    void aManagerOfAnotherProgrammeCannotWriteTheDemosFollowups() throws Exception {
        List<String> roster = Files.readAllLines(server.demo().resolve("participants.csv"));
        String participant = roster.get(1).split(",")[0];
        String edition = roster.get(1).split(",")[5];
        String header =
                String.join(",", io.longitude.ingest.generate.CanonicalColumns.FOLLOWUP_KEYS) + ",sd_integration";
        long responses = lake.read(LakeTables.RESPONSES).count();
        long version = lake.version(LakeTables.RESPONSES);

        String page = upload(
                server.signIn("elsewhere-manager"),
                "followup-takeover.csv",
                header + "\n"
                        + participant + "," + edition + ",W1,2024-05-01T10:00:00+02:00,2\n"
                        + participant + "," + edition.toLowerCase(java.util.Locale.ROOT)
                        + ",W2,2024-05-01T10:00:00+02:00,2\n");

        assertThat(page)
                .contains(
                        "data-state=\"failed\"",
                        "2 rows read, 0 accepted, 2 quarantined",
                        "0 pending",
                        "OUT_OF_SCOPE",
                        "outside the programmes of this write (" + DemoServer.OTHER_PROGRAMME + ")");
        assertThat(lake.read(LakeTables.RESPONSES).count()).isEqualTo(responses);
        assertThat(lake.version(LakeTables.RESPONSES)).isEqualTo(version);
    }

    @Test
    void theDemosManagerCannotCreateOrTakeOverAnEditionOfAnotherProgramme() throws Exception {
        String page = upload(server.signIn("manager"), "editions-takeover.csv", """
                programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                OTHER,E01,1,2024-01-10,2024-03-20,all sectors,fund
                OTHER,X-E1,1,2024-01-10,2024-03-20,all sectors,fund
                OTHER,P01,1,2024-01-10,2024-03-20,all sectors,fund
                " BRUSSELS-SD-PILOT ",X-E2,1,2024-01-10,2024-03-20,all sectors,fund
                """.replace(
                        "OTHER", DemoServer.OTHER_PROGRAMME)
                .replace("BRUSSELS-SD-PILOT", DemoProgrammeGenerator.PROGRAMME_ID.toUpperCase(java.util.Locale.ROOT)));

        assertThat(page).contains("4 rows read, 0 accepted, 4 quarantined", "OUT_OF_SCOPE");
        String pilot = DemoProgrammeGenerator.PROGRAMME_ID;
        String other = DemoServer.OTHER_PROGRAMME;
        assertThat(lake.read(LakeTables.EDITIONS)
                        .filter(
                                "edition_id LIKE 'X-%'"
                                        + " OR programme_id NOT IN ('" + pilot + "', '" + other + "')"
                                        + " OR (edition_id LIKE 'E%' AND programme_id <> '" + pilot + "')"
                                        + " OR (edition_id = 'P01' AND (start_date <> DATE'2022-01-10' OR target_group <> 'care professions'))")
                        .count())
                .isZero();
    }

    @Test
    void uploadsAreStoredReadableByTheirOwnerOnly() throws Exception {
        upload(
                server.signIn("manager"),
                "owner-only.csv",
                "participant_id,edition_id,wave,submitted_at,sd_integration\nP-X,E01,W9,2024-05-01T10:00:00+02:00,1\n");
        Path uploads = server.folder.resolve("uploads");
        assertThat(permissions(uploads)).isEqualTo("rwx------");
        try (Stream<Path> paths = Files.walk(uploads)) {
            for (Path path : paths.toList()) {
                assertThat(permissions(path))
                        .as(path.toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
    }

    static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Uploads through the page's form and returns the job's page once it ended. */
    private static String upload(WebUser user, String fileName, String content) throws Exception {
        Matcher token = TOKEN.matcher(user.get("/upload").body());
        assertThat(token.find()).isTrue();
        String body =
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1) + "\r\n"
                        + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n\r\n"
                        + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
        HttpResponse<String> posted = user.send(
                HttpRequest.newBuilder(URI.create(server.url + "/upload"))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        String job = posted.headers().firstValue("Location").orElseThrow();
        String page = "";
        for (int attempt = 0;
                attempt < 240 && !page.contains("data-state=\"done\"") && !page.contains("data-state=\"failed\"");
                attempt++) {
            Thread.sleep(500);
            page = user.get(job.startsWith("http") ? URI.create(job).getPath() : job)
                    .body();
        }
        return page;
    }
}
