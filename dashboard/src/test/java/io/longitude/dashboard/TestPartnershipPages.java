package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.ingest.generate.DemoProgrammeGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partnership (M17) as its readers see it on the demo: the edition page names the partner organisations with
 * their roles and draws the questionnaire per wave; the funder's report, its CSV and PDF carry the partnership table
 * with the number of answers beside every figure; a manager of the other programme sees none of it.
 */
class TestPartnershipPages {
    private static final String PROGRAMME = DemoProgrammeGenerator.PROGRAMME_ID;

    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    @Test
    void theEditionPageNamesThePartnersWithTheirRolesInTheReadersLanguage() {
        WebUser manager = server.signIn("manager");

        String nl = manager.get("/editions/E02?lang=nl").body();
        assertThat(nl)
                .contains(
                        "id=\"partnership\"",
                        "Hoe het partnerschap tussen de organisaties verloopt",
                        "<strong>Atelier Durable</strong>",
                        "organiseert de sessies, expertise",
                        "brengt de contacten aan, expertise",
                        "data-key=\"E02||item=partner_quality\"",
                        "data-key=\"E02|W1|item=partner_quality\"");
        String fr = manager.get("/editions/E02?lang=fr").body();
        assertThat(fr).contains("Comment se passe le partenariat entre les organisations", "apporte les contacts");
        assertThat(manager.bytes("/charts/E02/partnership.png?lang=en").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theFunderReportHasThePartnershipWithItsNumberOfAnswers() {
        WebUser funder = server.signIn("funder");

        String report = funder.get("/reports/" + PROGRAMME + "?lang=en").body();
        int table = report.indexOf("data-table=\"partnership\"");
        assertThat(table).as("the partnership table").isPositive();
        String partnership = report.substring(table, report.indexOf("</table>", table));
        assertThat(partnership)
                .contains(
                        "Partnership (answers of the partner organisations, not of people)",
                        "Atelier Durable, its roles",
                        "runs the sessions, expertise",
                        "The collaboration goes well (average 1–5, answers)",
                        "Would partner again (share, yes/answers)")
                .containsPattern("[1-5]\\.[0-9] \\([0-9]+\\)")
                .containsPattern("[0-9]+ ?% \\([0-9]+/[0-9]+\\)");
        String csv = funder.get("/reports/" + PROGRAMME + ".csv?lang=en").body();
        assertThat(csv).contains(",partnership,", "Atelier Durable", "runs the sessions, expertise");
        assertThat(funder.bytes("/reports/" + PROGRAMME + ".pdf?lang=en").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aManagerOfTheOtherProgrammeSeesNoneOfIt() {
        WebUser other = server.signIn("manager-2");

        assertThat(other.get("/editions/E02?lang=en").statusCode()).isEqualTo(404);
        assertThat(other.get("/reports/" + PROGRAMME + "?lang=en").statusCode()).isIn(403, 404);
        String own = other.get("/editions/P01?lang=en").body();
        assertThat(own).contains("<strong>Horeca Lab Brussels</strong>").doesNotContain("Atelier Durable");
    }
}
