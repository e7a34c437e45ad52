package io.longitude.dashboard.inbox;

import io.longitude.ingest.FilePreview;
import io.longitude.ingest.WriteScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An upload checked and waiting for its owner's confirmation: the stored file, how it is read, for which programmes,
 * and the dry run's answer.
 *
 * @param mapping the mapping it is read with (the chosen one, or a copy of it with the chosen edition and wave), or
 *     empty for a canonical file
 * @param reading how the page names that: the survey tool and form, the edition and wave chosen
 */
public record CheckedUpload(
        String id,
        String owner,
        String fileName,
        Path file,
        Optional<Path> mapping,
        String reading,
        WriteScope scope,
        List<FilePreview> previews) {
    public CheckedUpload {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(owner, "owner is null");
        Objects.requireNonNull(mapping, "mapping is null");
        Objects.requireNonNull(scope, "scope is null");
        previews = List.copyOf(previews);
    }

    /** True when the dry run could not read the file: there is nothing to commit. */
    public boolean failed() {
        return previews.stream()
                .anyMatch(preview -> preview.report().status() == io.longitude.ingest.FileReport.Status.FAILED);
    }
}
