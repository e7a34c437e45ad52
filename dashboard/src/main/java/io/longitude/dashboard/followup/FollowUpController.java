package io.longitude.dashboard.followup;

import io.longitude.analytics.followup.FollowUpProgress;
import io.longitude.core.domain.Wave;
import io.longitude.core.lake.LakeTables;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.network.LakeReads;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.dashboard.system.NotFoundException;
import io.longitude.ingest.PseudonymKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Follow-up tracking, for the programme's managers: per wave of an edition its planned date, who has answered so far
 * against earlier editions at the same point, and, from the roster the manager uploads, the list of those who have not
 * answered yet as CSV for their mailing tool. The roster is matched in memory by the pseudonym key and never stored.
 */
@Controller
class FollowUpController {
    private final MetricStore store;
    private final LakeReads lake;
    private final LongitudeProperties properties;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    FollowUpController(MetricStore store, LakeReads lake, LongitudeProperties properties, Audit audit) {
        this.store = store;
        this.lake = lake;
        this.properties = properties;
        this.audit = audit;
    }

    @GetMapping("/editions/{editionId}/follow-up")
    String page(@PathVariable String editionId, Viewer viewer, Model model) {
        EditionSummary edition = store.edition(editionId, viewer);
        model.addAttribute("edition", edition);
        model.addAttribute("waves", progress(editionId));
        return "followup/follow-up";
    }

    /** The roster's rows of those who have not answered {@code wave}: one upload, a button per wave on the page. */
    @PostMapping("/editions/{editionId}/follow-up/not-answered.csv")
    ResponseEntity<byte[]> notAnswered(
            @PathVariable String editionId,
            @RequestParam("wave") String wave,
            @RequestParam("roster") MultipartFile roster,
            Viewer viewer) {
        EditionSummary edition = store.edition(editionId, viewer);
        if (!Wave.isStandard(wave)) {
            throw new NotFoundException("No wave " + wave);
        }
        String name = roster.getOriginalFilename() == null ? "the roster" : roster.getOriginalFilename();
        RosterMatch match;
        try {
            match = RosterMatch.of(
                    name,
                    new String(roster.getBytes(), StandardCharsets.UTF_8),
                    edition.editionId(),
                    PseudonymKeys.load(System.getenv(), Path.of(properties.keyFile())),
                    new HashSet<>(FollowUpProgress.notAnswered(
                            lake.read(LakeTables.ENROLMENTS, lake.version(LakeTables.ENROLMENTS)),
                            lake.read(LakeTables.RESPONSES, lake.version(LakeTables.RESPONSES)),
                            edition.editionId(),
                            wave)));
        } catch (IOException | IllegalArgumentException e) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        audit.record(viewer, "followup.not-answered", edition.editionId() + ";wave=" + wave, match.matched());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(edition.editionId() + "-" + wave + "-not-answered.csv")
                                .build()
                                .toString())
                .header("X-Roster-Rows", Integer.toString(match.rows()))
                .header("X-Not-Answered", Integer.toString(match.matched()))
                .body(match.csv().getBytes(StandardCharsets.UTF_8));
    }

    private List<FollowUpProgress.WaveProgress> progress(String editionId) {
        return FollowUpProgress.of(
                lake.read(LakeTables.EDITIONS, lake.version(LakeTables.EDITIONS)),
                lake.read(LakeTables.ENROLMENTS, lake.version(LakeTables.ENROLMENTS)),
                lake.read(LakeTables.RESPONSES, lake.version(LakeTables.RESPONSES)),
                editionId,
                LocalDate.now(clock));
    }
}
