package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.analytics.followup.FollowUpProgress;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.privacy.Pseudonymizer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Follow-up tracking on the real application: the manager reads per wave who has answered so far against the earlier
 * edition, in each language; the roster they upload comes back as exactly the rows of the candidates who have not
 * answered, worked out apart from the page (the lake's tables, the test's own copy of the key); nothing of the roster
 * is kept; a roster without a participant_id column gets an error naming the file and the column.
 */
class TestFollowUpTracking {
    private static final String BOUNDARY = "----longitude-follow-up-boundary";
    private static final Map<String, String> TITLES =
            Map.of("nl", "Opvolging van editie 2", "fr", "Suivi de l&#39;édition 2", "en", "Follow-up of edition 2");

    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    @Test
    void theManagerSeesWhoAnsweredSoFarAgainstTheEarlierEditionInEachLanguage() {
        List<FollowUpProgress.WaveProgress> expected = FollowUpProgress.of(
                table("editions"), table("enrolments"), table("responses"), "E02", LocalDate.now(ZoneOffset.UTC));
        FollowUpProgress.WaveProgress intake = expected.get(0);
        for (Map.Entry<String, String> title : TITLES.entrySet()) {
            String page = new String(
                    server.fetch("manager", "/editions/E02/follow-up?lang=" + title.getKey(), title.getKey()),
                    StandardCharsets.UTF_8);
            assertThat(page).contains(title.getValue());
            assertThat(page).contains("data-wave=\"W0\"", "data-wave=\"W4\"");
        }
        String english =
                new String(server.fetch("manager", "/editions/E02/follow-up?lang=en", "en"), StandardCharsets.UTF_8);
        assertThat(english)
                .contains(intake.answered() + " of " + intake.enrolled() + " (")
                .contains("Edition 1: " + intake.earlier().get(0).answered() + " of "
                        + intake.earlier().get(0).enrolled());
        assertThat(new String(server.fetch("manager", "/editions/E02?lang=en", "en"), StandardCharsets.UTF_8))
                .contains("href=\"/editions/E02/follow-up\"");
        assertThat(new String(server.fetch("analyst", "/editions/E02?lang=en", "en"), StandardCharsets.UTF_8))
                .doesNotContain("/follow-up");
    }

    @Test
    void theRosterComesBackAsTheRowsOfThoseWhoHaveNotAnsweredAndIsNotKept() throws IOException {
        Path roster = server.demo().resolve("participants.csv");
        Set<String> notAnswered =
                new HashSet<>(FollowUpProgress.notAnswered(table("enrolments"), table("responses"), "E02", "W1"));
        Pseudonymizer pseudonyms = new Pseudonymizer(DemoServer.KEY, 1);
        List<String> lines = Files.readAllLines(roster);
        Set<String> expected = lines.stream()
                .skip(1)
                .map(line -> line.split(",", -1)[0])
                .filter(id -> notAnswered.contains(pseudonyms.pseudonym(id)))
                .collect(Collectors.toSet());
        assertThat(expected)
                .as("the demo's E02 has candidates who have not answered W1")
                .isNotEmpty();
        List<String> before = filesUnder(server.folder);

        WebUser manager = server.signIn("manager");
        HttpResponse<String> response = manager.send(
                upload(
                        manager,
                        "/editions/E02/follow-up/not-answered.csv",
                        "participants.csv",
                        Files.readString(roster)),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("E02-W1-not-answered.csv");
        List<String> returned = response.body().lines().toList();
        assertThat(returned.get(0)).isEqualTo(lines.get(0));
        assertThat(returned.stream().skip(1).map(line -> line.split(",", -1)[0]).collect(Collectors.toSet()))
                .isEqualTo(expected);
        assertThat(returned).hasSize(expected.size() + 1);
        assertThat(response.headers().firstValue("X-Not-Answered")).contains(Integer.toString(expected.size()));
        // Nothing of the roster is written: no new file in the lake, the quarantine or the inbox (the audit log records
        // the export, without its rows), and no address of it in any file of the lake.
        assertThat(filesUnder(server.folder).stream()
                        .filter(path -> !before.contains(path))
                        .filter(path ->
                                path.contains("/lake/") || path.contains("/quarantine/") || path.contains("/inbox/"))
                        .toList())
                .isEmpty();
        String email = returned.get(1).split(",", -1)[2];
        assertThat(email).contains("@");
        try (Stream<Path> files = Files.walk(server.folder.resolve("lake"))) {
            assertThat(files.filter(Files::isRegularFile).noneMatch(path -> contains(path, email)))
                    .isTrue();
        }
    }

    @Test
    void aRosterWithoutTheIdColumnIsRefusedNamingFileAndColumn() {
        WebUser manager = server.signIn("manager");
        HttpResponse<String> response = manager.send(
                upload(manager, "/editions/E02/follow-up/not-answered.csv", "contacts.csv", "name,email\nA,a@x\n"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("contacts.csv", "line 1", "participant_id");
    }

    @Test
    void onlyTheProgrammesManagersAndAdminsReachIt() {
        for (String role : List.of("funder", "analyst")) {
            WebUser user = server.signIn(role);
            assertThat(user.get("/editions/E02/follow-up").statusCode())
                    .as(role)
                    .isEqualTo(403);
            assertThat(user.send(
                                    upload(
                                            user,
                                            "/editions/E02/follow-up/not-answered.csv",
                                            "participants.csv",
                                            "participant_id\nX\n"),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .as(role + " posting a roster")
                    .isEqualTo(403);
        }
        WebUser outsider = server.signIn("elsewhere-manager");
        assertThat(outsider.get("/editions/E02/follow-up").statusCode()).isEqualTo(404);
        assertThat(outsider.send(
                                upload(
                                        outsider,
                                        "/editions/E02/follow-up/not-answered.csv",
                                        "participants.csv",
                                        "participant_id\nX\n"),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
        assertThat(server.signIn("admin").get("/editions/E02/follow-up").statusCode())
                .isEqualTo(200);
    }

    private static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> table(String name) {
        return server.spark.read().format("delta").load(LakeUri.table(server.lake, LakeTables.named(name)));
    }

    private static HttpRequest upload(WebUser user, String path, String fileName, String content) {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + user.csrfToken("/") + "\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"wave\"\r\n\r\nW1\r\n--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"roster\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
        return user.request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
