package io.longitude.ingest.source;

import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.IngestException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Opens an export as text. A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is dropped; without one the
 * declared encoding is used, UTF-8 by default. Decoding is strict: bytes that are not valid in the encoding stop the
 * read with an error naming the file, instead of turning into replacement characters.
 */
public final class TextDecoding {
    /** Encodings a mapping may declare. windows-1252 only ever applies when declared. */
    public static final java.util.List<String> DECLARABLE =
            java.util.List.of("auto", "utf-8", "utf-16", "windows-1252");

    private TextDecoding() {}

    public static Reader open(InputStream raw, String declared, String source) throws IOException {
        BufferedInputStream input = new BufferedInputStream(raw);
        input.mark(4);
        byte[] head = input.readNBytes(3);
        input.reset();
        Charset charset;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            charset = declared(declared, source);
        }
        input.skipNBytes(skip);
        return new InputStreamReader(
                input,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static Charset declared(String declared, String source) {
        return switch (declared == null ? "auto" : declared.toLowerCase(Locale.ROOT)) {
            case "auto", "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "utf-16" -> StandardCharsets.UTF_16;
            case "windows-1252", "cp1252" -> Charset.forName("windows-1252");
            default ->
                throw new IngestException(
                        IngestErrorCode.UNREADABLE_FILE,
                        "Cannot read " + source + ", unknown encoding " + declared + " (expected one of " + DECLARABLE
                                + ")");
        };
    }
}
