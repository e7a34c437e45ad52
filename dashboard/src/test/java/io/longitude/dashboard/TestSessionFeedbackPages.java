package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The session feedback (M16) as its readers see it on the demo: the manager's edition page has a section with a chart
 * and four plain shares whose values are those of the generated files, counted here without Spark; the funder's report
 * has a table counted in answers; no page shows a pseudonym or the free-text answers.
 */
class TestSessionFeedbackPages {
    private static final Pattern PSEUDONYM = Pattern.compile("[0-9a-f]{64}");

    static DemoServer server;
    static WebUser manager;

    @BeforeAll
    static void signIn() {
        server = DemoServer.get();
        manager = server.signIn("manager");
    }

    @Test
    void theEditionPageHasAFeedbackSectionWithFourPlainSharesTakenFromTheFiles() throws IOException {
        String page = manager.get("/editions/E01?lang=en").body();

        assertThat(page)
                .contains("id=\"feedback\"", "What participants thought of the sessions", "id=\"session-feedback\"");
        String plain = section(page).substring(0, section(page).indexOf("class=\"numbers detail\""));
        assertThat(keys(plain))
                .containsExactly(
                        "E01||feedback=response",
                        "E01||feedback=useful",
                        "E01||feedback=clear",
                        "E01||feedback=recommend");
        assertThat(section(page))
                .contains(
                        "Average usefulness rating (1 to 5)",
                        "Found the session useful (4 or 5 of 5) · session S03",
                        "Average usefulness rating (1 to 5) · change per later edition, over all editions of the programme",
                        "data-key=\"||feedback=usefulness|trend\"");
        // The response share, counted from the generated files: feedback of attendees over attended sessions.
        Set<String> attended = new HashSet<>();
        for (String line : Files.readAllLines(server.folder.resolve("demo/attendance.csv"))) {
            if (line.startsWith("E01-")) {
                attended.add(line);
            }
        }
        long given = Files.readAllLines(server.folder.resolve("demo/session-feedback.csv")).stream()
                .map(line -> line.split(","))
                .filter(fields -> attended.contains(fields[1] + "," + fields[0]))
                .count();
        assertThat(value(page, "E01||feedback=response")).isCloseTo((double) given / attended.size(), within(1e-9));
        assertThat(row(page, "E01||feedback=response")).contains("(" + given + "/" + attended.size() + ")");
        assertThat(PSEUDONYM.matcher(page).find())
                .as("a pseudonym on the manager's page")
                .isFalse();
        assertThat(page).doesNotContain("Mijn prijzen opnieuw berekenen");
    }

    @Test
    void theChartDrawsInTheReadersLanguage() throws IOException {
        HttpResponse<byte[]> png = manager.bytes("/charts/E01/session-feedback.png?lang=nl");
        assertThat(png.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).isPositive();
        String svg = manager.get("/charts/E01/session-feedback.svg?lang=fr").body();
        assertThat(svg).contains("Séance", "A trouvé la séance utile").doesNotContain(">axis.", ">feedback.");
    }

    @Test
    void theFunderReportCountsFeedbackInAnswersUnderItsDisclosureControl() {
        WebUser funder = server.signIn("funder");
        String report = funder.get(
                        "/reports/" + io.longitude.ingest.generate.DemoProgrammeGenerator.PROGRAMME_ID + "?lang=fr")
                .body();

        assertThat(report)
                .contains(
                        "Avis sur les séances (comptés en réponses : une par participant et par séance)",
                        "Séances suivies (une par participant et par séance)",
                        "A trouvé la séance utile (4 ou 5 sur 5)",
                        "L&#39;a trouvée utile, part des répondants",
                        "data-cell=\"feedback_given|all\"");
        assertThat(PSEUDONYM.matcher(report).find()).isFalse();
        assertThat(report).doesNotContain("Average usefulness", "Note moyenne");
    }

    private static String section(String page) {
        int start = page.indexOf("id=\"session-feedback\"");
        return page.substring(start, page.indexOf("</figure>", start));
    }

    private static List<String> keys(String html) {
        Matcher matcher = Pattern.compile("data-key=\"([^\"]+)\"").matcher(html);
        List<String> keys = new java.util.ArrayList<>();
        while (matcher.find()) {
            keys.add(matcher.group(1).replace("&#39;", "'"));
        }
        return keys;
    }

    private static String row(String page, String key) {
        int start = page.indexOf("data-key=\"" + key + "\"");
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static double value(String page, String key) {
        Matcher matcher = Pattern.compile("data-value=\"([^\"]+)\"").matcher(row(page, key));
        assertThat(matcher.find()).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
