package io.longitude.ingest.source;

import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.IngestException;
import io.longitude.ingest.mapping.Mapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An XLSX export: the main table in the first sheet, read as a stream of SAX events through Apache POI with its
 * zip-bomb and entity-expansion limits left on; KoboToolbox's repeat groups in the other sheets, joined to their
 * submission ({@code _submission__uuid} = {@code _uuid}) and offered as {@code <sheet>/<column>} (see {@link RepeatGroups}). Dates come out
 * as ISO-8601 ({@code 2024-03-14T09:51:14}), whatever their cell format.
 */
public final class SpreadsheetExport extends MappedExport {
    private final Path path;

    private final RepeatGroups repeats;
    private final int submissionColumn;

    private final int mainWidth;

    private SpreadsheetExport(
            Path path, Mapping mapping, Header header, RepeatGroups repeats, int submissionColumn, int mainWidth) {
        super(mapping, header);
        this.path = path;
        this.repeats = repeats;
        this.submissionColumn = submissionColumn;
        this.mainWidth = mainWidth;
    }

    public static SpreadsheetExport open(Path path, Mapping mapping) {
        List<List<String>> headerRows = firstRows(path, mapping.headerRows());
        if (headerRows.size() < mapping.headerRows()) {
            throw new IngestException(
                    IngestErrorCode.UNKNOWN_FORMAT,
                    "Cannot ingest " + path + " with mapping " + mapping.name()
                            + ", its first sheet has fewer than the " + mapping.headerRows()
                            + " header rows the mapping expects");
        }
        List<String> names = new ArrayList<>(headerRows.get(mapping.namesRow() - 1));
        int width = names.size();
        RepeatGroups repeats = repeats(path);
        names.addAll(repeats.columns());
        Header header = Header.of(names);
        header.require(mapping, path);
        return new SpreadsheetExport(
                path, mapping, header, repeats, names.subList(0, width).indexOf("_uuid"), width);
    }

    /** KoboToolbox's repeat groups: every sheet after the first, linked to its submission by {@code _submission__uuid}. */
    private static RepeatGroups repeats(Path path) {
        RepeatGroups repeats = new RepeatGroups();
        java.util.Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        read(
                path,
                Integer.MAX_VALUE,
                (sheet, row) ->
                        sheets.computeIfAbsent(sheet, name -> new ArrayList<>()).add(row.fields()));
        sheets.forEach((sheet, rows) -> repeats.add(
                sheet,
                rows.get(0).stream()
                        .map(name -> name.substring(name.lastIndexOf('/') + 1))
                        .toList(),
                rows.subList(1, rows.size()),
                "_submission__uuid"));
        return repeats;
    }

    /** The first {@code count} rows of the first sheet. */
    public static List<List<String>> firstRows(Path path, int count) {
        List<List<String>> rows = new ArrayList<>();
        try {
            read(path, 0, (sheet, row) -> {
                rows.add(row.fields());
                if (rows.size() >= count) {
                    throw new Enough();
                }
            });
        } catch (Enough stop) {
            return rows;
        }
        return rows;
    }

    @Override
    public void forEach(Consumer<SourceRow> action) {
        int[] seen = {0};
        read(path, 0, (sheet, row) -> {
            if (++seen[0] <= mapping.headerRows()) {
                return;
            }
            List<String> fields = new ArrayList<>(row.fields());
            while (fields.size() < mainWidth) {
                fields.add("");
            }
            if (fields.size() == mainWidth) {
                fields.addAll(repeats.values(submissionColumn >= 0 ? fields.get(submissionColumn) : ""));
            }
            action.accept(new SourceRow(row.line(), fields));
        });
    }

    @Override
    public void close() {
        // Every read opens and closes the package itself.
    }

    /**
     * Streams the rows of the first sheet ({@code sheets} = 0), or of every sheet after the first (any other value),
     * each with its sheet's name.
     */
    private static void read(Path path, int sheets, java.util.function.BiConsumer<String, SourceRow> rows) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE, "Cannot read " + path + ", it is not a readable file");
        }
        try (OPCPackage xlsx = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(xlsx);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(xlsx);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!iterator.hasNext()) {
                throw new IngestException(
                        IngestErrorCode.UNKNOWN_FORMAT, "Cannot ingest " + path + ", the workbook has no sheet");
            }
            for (int index = 0; iterator.hasNext(); index++) {
                try (InputStream sheet = iterator.next()) {
                    if ((sheets == 0) != (index == 0)) {
                        continue;
                    }
                    String name = iterator.getSheetName();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(
                            styles,
                            null,
                            strings,
                            new RowCollector(row -> rows.accept(name, row)),
                            new IsoDates(),
                            false));
                    parser.parse(new InputSource(sheet));
                }
                if (sheets == 0) {
                    break;
                }
            }
        } catch (Enough stop) {
            throw stop;
        } catch (IngestException e) {
            throw e;
        } catch (IOException
                | SAXException
                | RuntimeException
                | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE,
                    "Cannot read " + path
                            + " as an XLSX workbook (encrypted, damaged, too large when unpacked, or not XLSX): "
                            + e.getMessage(),
                    e);
        }
    }

    /** Stops reading once the rows wanted are in. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    /** Puts each cell at its column, so cells the sheet leaves out read as empty. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<SourceRow> rows;
        private List<String> cells = new ArrayList<>();

        RowCollector(Consumer<SourceRow> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNumber) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNumber) {
            rows.accept(new SourceRow(rowNumber + 1L, cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Formats date cells as ISO-8601 local date-times, numbers as Excel shows them without grouping. */
    private static final class IsoDates extends DataFormatter {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return ISO.format(DateUtil.getLocalDateTime(value)).replaceFirst("\\.\\d+$", "");
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
