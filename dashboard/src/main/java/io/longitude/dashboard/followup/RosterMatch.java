package io.longitude.dashboard.followup;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.longitude.core.privacy.Pseudonymizer;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A manager's own roster (the participants file with names and e-mail addresses) matched in memory against the
 * pseudonyms of the candidates who have not answered a wave: the roster's rows of those candidates, one per person (the
 * row of this edition where the roster says), as CSV for a mailing tool. Nothing of the roster is kept.
 *
 * @param csv the matching rows under the roster's own header
 * @param rows the roster's rows read
 * @param matched of those, the candidates who have not answered
 */
record RosterMatch(String csv, int rows, int matched) {
    /** The column of the roster that holds the participant's source id, as in the canonical participants file. */
    static final String ID_COLUMN = "participant_id";
    /**
     * The roster's edition column, when it has one: a person enrolled in several editions (a candidate who came back as
     * a speaker) has a row per edition, and only the row of this edition is returned.
     */
    static final String EDITION_COLUMN = "edition_id";

    /**
     * @throws IllegalArgumentException naming the file when it has no {@value #ID_COLUMN} column or is not CSV
     */
    static RosterMatch of(
            String fileName, String roster, String editionId, Pseudonymizer pseudonyms, Set<String> notAnswered) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(strip(roster))) {
            reader.forEach(records::add);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot read " + fileName + " as CSV: " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("Cannot match " + fileName + ": it is empty");
        }
        List<String> header = records.get(0).getFields();
        int id = header.indexOf(ID_COLUMN);
        if (id < 0) {
            throw new IllegalArgumentException("Cannot match " + fileName + ": line 1 has no column " + ID_COLUMN
                    + " (the participants file of the roster has one)");
        }
        int edition = header.indexOf(EDITION_COLUMN);
        Set<String> written = new java.util.HashSet<>();
        StringWriter out = new StringWriter();
        int matched = 0;
        try (CsvWriter writer = CsvWriter.builder().build(out)) {
            writer.writeRecord(header);
            for (CsvRecord record : records.subList(1, records.size())) {
                String sourceId = field(record, id);
                boolean ofThisEdition = edition < 0 || field(record, edition).equals(editionId);
                if (!sourceId.isEmpty()
                        && ofThisEdition
                        && notAnswered.contains(pseudonyms.pseudonym(sourceId))
                        && written.add(sourceId)) {
                    writer.writeRecord(record.getFields());
                    matched++;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new RosterMatch(out.toString(), records.size() - 1, matched);
    }

    private static String field(CsvRecord record, int index) {
        return record.getFieldCount() > index ? record.getField(index).strip() : "";
    }

    /** Without a byte order mark, which spreadsheet programs put before the first column's name. */
    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
