package io.longitude.ingest.corpus;

import io.longitude.ingest.mapping.Mapping;
import java.nio.file.Path;
import java.util.Optional;

/** One input of the malformed corpus: the file written for it, the mapping it is read with, and what it must give. */
record MalformedInput(String name, Path file, Optional<Mapping> mapping, Expectation expectation) {
    @Override
    public String toString() {
        return name;
    }
}
