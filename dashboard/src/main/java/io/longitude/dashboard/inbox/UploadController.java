package io.longitude.dashboard.inbox;

import io.longitude.dashboard.access.Account;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.dashboard.system.NotFoundException;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.WriteScope;
import io.longitude.ingest.mapping.Mapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page: an export, its survey tool and form, and where the export does not carry them its programme, edition
 * and wave; then what ingest would do (a dry run), committed only once the user confirms; then progress and the ingest
 * report. Every write is limited to the user's programmes. The forms carry a CSRF token. {@code POST /upload} commits
 * at once, for scripts.
 */
@Controller
class UploadController {
    private static final List<String> WAVES = List.of("W0", "W1", "W2", "W3", "W4");

    private final UploadJobs jobs;
    private final UploadChecks checks;
    private final MetricStore editionStore;
    private final Audit audit;
    private final Path mappings;

    UploadController(
            UploadJobs jobs,
            UploadChecks checks,
            MetricStore editionStore,
            Audit audit,
            LongitudeProperties properties) {
        this.jobs = jobs;
        this.checks = checks;
        this.editionStore = editionStore;
        this.audit = audit;
        this.mappings = Path.of(properties.mappings());
    }

    @GetMapping("/upload")
    String form(Viewer viewer, Model model) {
        List<MappingChoice> choices = choices();
        model.addAttribute("mappings", mappings());
        model.addAttribute(
                "tools",
                choices.stream()
                        .collect(Collectors.groupingBy(MappingChoice::tool, TreeMap::new, Collectors.toList())));
        List<EditionSummary> editions = editions(viewer);
        model.addAttribute("editions", editions);
        model.addAttribute(
                "programmes",
                editions.stream()
                        .map(EditionSummary::programmeId)
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("waves", WAVES);
        return "upload/form";
    }

    /**
     * Checks an upload without committing it: stores it, reads it as ingest would (a dry run) within the chosen
     * programme (or all of the user's), and shows what would happen; nothing is written until the user confirms.
     */
    @PostMapping("/upload/check")
    String check(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "mapping", defaultValue = "") String mapping,
            @RequestParam(name = "programme", defaultValue = "") String programme,
            @RequestParam(name = "edition", defaultValue = "") String edition,
            @RequestParam(name = "wave", defaultValue = "") String wave,
            Viewer viewer) {
        Optional<Path> chosen = chosen(mapping);
        List<EditionSummary> editions = editions(viewer);
        if (!programme.isBlank()
                && editions.stream().noneMatch(known -> known.programmeId().equals(programme))) {
            throw new NotFoundException("No programme " + programme);
        }
        if (!edition.isBlank()
                && editions.stream()
                        .noneMatch(known -> known.editionId().equals(edition)
                                && (programme.isBlank() || known.programmeId().equals(programme)))) {
            throw new NotFoundException(
                    "No edition " + edition + (programme.isBlank() ? "" : " in programme " + programme));
        }
        if (!wave.isBlank() && !WAVES.contains(wave)) {
            throw new NotFoundException("No wave " + wave);
        }
        WriteScope scope = programme.isBlank() ? scope(viewer) : WriteScope.only(List.of(programme));
        String reading = choices().stream()
                        .filter(choice -> choice.file().equals(mapping))
                        .findFirst()
                        .map(MappingChoice::label)
                        .orElse("canonical")
                + (edition.isBlank() ? "" : " · " + edition)
                + (wave.isBlank() ? "" : " · " + wave);
        try {
            CheckedUpload upload = checks.check(
                    viewer.username(),
                    scope,
                    Optional.ofNullable(file.getOriginalFilename()).orElse("upload"),
                    file.getInputStream(),
                    chosen,
                    reading,
                    optional(edition),
                    optional(wave));
            audit.record(
                    viewer,
                    "upload.check",
                    upload.fileName(),
                    upload.previews().stream()
                            .mapToLong(preview -> preview.report().rowsRead())
                            .sum());
            return "redirect:/upload/check/" + upload.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/upload/check/{id}")
    String checked(@PathVariable String id, Viewer viewer, Model model) {
        model.addAttribute("upload", owned(id, viewer));
        return "upload/check";
    }

    /** The owner confirms a checked upload: it is queued for the lake as an upload; the CSRF token comes with the form. */
    @PostMapping("/upload/check/{id}")
    String confirm(@PathVariable String id, Viewer viewer) {
        CheckedUpload upload = owned(id, viewer);
        try (InputStream content = Files.newInputStream(upload.file())) {
            UploadJob job = jobs.submit(
                    viewer.username(),
                    upload.scope(),
                    upload.fileName(),
                    content,
                    upload.mapping().map(this::kept),
                    report -> audit.record(
                            viewer,
                            "upload.ingested",
                            report.file().getFileName().toString(),
                            report.rowsAccepted()));
            audit.record(viewer, "upload", job.fileName(), 0);
            checks.remove(id);
            return "redirect:/upload/" + job.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mapping written for one upload (with its edition and wave) is copied beside the job, as it is deleted with the check. */
    private Path kept(Path mapping) {
        if (mapping.startsWith(mappings)) {
            return mapping;
        }
        try {
            Path copy = Files.createTempFile("longitude-upload-mapping-", ".yaml");
            return Files.write(copy, Files.readAllBytes(mapping));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CheckedUpload owned(String id, Viewer viewer) {
        return checks.get(id)
                .filter(found -> found.owner().equals(viewer.username()))
                .orElseThrow(() -> new NotFoundException("No checked upload " + id));
    }

    private List<EditionSummary> editions(Viewer viewer) {
        try {
            return editionStore.editions(viewer);
        } catch (RuntimeException e) {
            // A lake without editions yet: nothing to choose from.
            return List.of();
        }
    }

    private static Optional<String> optional(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private Optional<Path> chosen(String mapping) {
        return mapping.isBlank()
                ? Optional.empty()
                : Optional.of(mappings().stream()
                        .filter(name -> name.equals(mapping))
                        .findFirst()
                        .map(mappings::resolve)
                        .orElseThrow(() -> new NotFoundException("No mapping " + mapping)));
    }

    /** The mappings by survey tool and form; a file that does not read as a mapping is not offered. */
    private List<MappingChoice> choices() {
        List<MappingChoice> choices = new java.util.ArrayList<>();
        for (String name : mappings()) {
            try {
                Mapping mapping = Ingest.mapping(mappings.resolve(name));
                choices.add(new MappingChoice(mapping.tool(), mapping.form(), name));
            } catch (RuntimeException e) {
                // not offered
            }
        }
        choices.sort(java.util.Comparator.comparing(MappingChoice::tool).thenComparing(MappingChoice::form));
        return choices;
    }

    @PostMapping("/upload")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "mapping", defaultValue = "") String mapping,
            Viewer viewer) {
        Optional<Path> chosen = chosen(mapping);
        try {
            UploadJob job = jobs.submit(
                    viewer.username(),
                    scope(viewer),
                    Optional.ofNullable(file.getOriginalFilename()).orElse("upload"),
                    file.getInputStream(),
                    chosen,
                    report -> audit.record(
                            viewer,
                            "upload.ingested",
                            report.file().getFileName().toString(),
                            report.rowsAccepted()));
            // Rows are not known yet: the ingest runs in the background and records "upload.ingested" with them.
            audit.record(viewer, "upload", job.fileName(), 0);
            return "redirect:/upload/" + job.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/upload/{id}")
    String job(@PathVariable String id, Viewer viewer, Model model) {
        UploadJob job = jobs.job(id)
                .filter(found -> found.owner().equals(viewer.username()) || viewer.is(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("No upload " + id));
        model.addAttribute("job", job);
        // Its place in the lake's writer queue while it waits: the jobs (inbox scans, other uploads) before it.
        jobs.ahead(id).ifPresent(ahead -> model.addAttribute("ahead", ahead));
        return "upload/job";
    }

    /** The programmes an uploader may write: an administrator's every one, a manager's their own. */
    static WriteScope scope(Viewer viewer) {
        return viewer.programmes().contains(Account.EVERY_PROGRAMME)
                ? WriteScope.EVERY_PROGRAMME
                : WriteScope.only(viewer.programmes());
    }

    private List<String> mappings() {
        if (!Files.isDirectory(mappings)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(mappings)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
