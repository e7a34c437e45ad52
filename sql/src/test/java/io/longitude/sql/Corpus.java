package io.longitude.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A corpus of statements ({@code deny.sql}, {@code allow.sql}): entries start with {@code @@@ <category>: <note>}. */
record Corpus(List<Entry> entries) {
    /** One statement, with its category and what it tries. */
    record Entry(int number, String category, String note, String sql) {
        @Override
        public String toString() {
            return "#" + number + " " + category + ": " + note;
        }
    }

    static Corpus read(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Cannot find the corpus " + resource);
            }
            List<Entry> entries = new ArrayList<>();
            String header = null;
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("@@@ ")) {
                    add(entries, header, sql);
                    header = line.substring(4);
                    sql.setLength(0);
                } else if (header != null) {
                    sql.append(line).append('\n');
                }
            }
            add(entries, header, sql);
            return new Corpus(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(List<Entry> entries, String header, StringBuilder sql) {
        if (header != null) {
            int colon = header.indexOf(':');
            String text = sql.toString();
            entries.add(new Entry(
                    entries.size() + 1,
                    header.substring(0, colon).strip(),
                    header.substring(colon + 1).strip(),
                    text.endsWith("\n") ? text.substring(0, text.length() - 1) : text));
        }
    }
}
