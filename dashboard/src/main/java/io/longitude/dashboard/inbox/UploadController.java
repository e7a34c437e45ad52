package io.longitude.dashboard.inbox;

import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.dashboard.system.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The upload page: an export and its mapping in, progress and the ingest report out. The form carries a CSRF token. */
@Controller
class UploadController {
    private final UploadJobs jobs;
    private final Audit audit;
    private final Path mappings;

    UploadController(UploadJobs jobs, Audit audit, LongitudeProperties properties) {
        this.jobs = jobs;
        this.audit = audit;
        this.mappings = Path.of(properties.mappings());
    }

    @GetMapping("/upload")
    String form(Model model) {
        model.addAttribute("mappings", mappings());
        return "upload/form";
    }

    @PostMapping("/upload")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(name = "mapping", defaultValue = "") String mapping, Viewer viewer) {
        Optional<Path> chosen = mapping.isBlank() ? Optional.empty()
                : Optional.of(mappings().stream().filter(name -> name.equals(mapping)).findFirst()
                        .map(mappings::resolve).orElseThrow(() -> new NotFoundException("No mapping " + mapping)));
        try {
            UploadJob job = jobs.submit(viewer.username(), Optional.ofNullable(file.getOriginalFilename()).orElse("upload"), file.getInputStream(), chosen,
                    report -> audit.record(viewer, "upload.ingested", report.file().getFileName().toString(), report.rowsAccepted()));
            // Rows are not known yet: the ingest runs in the background and records "upload.ingested" with them.
            audit.record(viewer, "upload", job.fileName(), 0);
            return "redirect:/upload/" + job.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/upload/{id}")
    String job(@PathVariable String id, Viewer viewer, Model model) {
        UploadJob job = jobs.job(id).filter(found -> found.owner().equals(viewer.username()) || viewer.is(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("No upload " + id));
        model.addAttribute("job", job);
        // Its place in the lake's writer queue while it waits: the jobs (inbox scans, other uploads) before it.
        jobs.ahead(id).ifPresent(ahead -> model.addAttribute("ahead", ahead));
        return "upload/job";
    }

    private List<String> mappings() {
        if (!Files.isDirectory(mappings)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(mappings)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
