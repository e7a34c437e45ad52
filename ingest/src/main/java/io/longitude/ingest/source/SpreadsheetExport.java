package io.longitude.ingest.source;

import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.IngestException;
import io.longitude.ingest.canonical.FileKind;
import io.longitude.ingest.mapping.Mapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The first sheet of an XLSX export (KoboToolbox writes the main table there and one sheet per repeat group), read
 * as a stream of SAX events through Apache POI with its zip-bomb and entity-expansion limits left on. Dates come out
 * as ISO-8601 ({@code 2024-03-14T09:51:14}), whatever their cell format.
 */
public final class SpreadsheetExport implements RowSource {
    private final Path path;
    private final Mapping mapping;
    private final Header header;

    private SpreadsheetExport(Path path, Mapping mapping, Header header) {
        this.path = path;
        this.mapping = mapping;
        this.header = header;
    }

    public static SpreadsheetExport open(Path path, Mapping mapping) {
        List<List<String>> headerRows = firstRows(path, mapping.headerRows());
        if (headerRows.size() < mapping.headerRows()) {
            throw new IngestException(IngestErrorCode.UNKNOWN_FORMAT, "Cannot ingest " + path + " with mapping " + mapping.name()
                    + ", its first sheet has fewer than the " + mapping.headerRows() + " header rows the mapping expects");
        }
        Header header = Header.of(headerRows.get(mapping.namesRow() - 1));
        header.require(mapping, path);
        return new SpreadsheetExport(path, mapping, header);
    }

    /** The first {@code count} rows of the first sheet. */
    public static List<List<String>> firstRows(Path path, int count) {
        List<List<String>> rows = new ArrayList<>();
        try {
            read(path, row -> {
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
    public FileKind kind() {
        return FileKind.FOLLOWUP;
    }

    @Override
    public String tool() {
        return mapping.tool();
    }

    @Override
    public Map<String, Integer> columns() {
        return header.columns();
    }

    @Override
    public int width() {
        return header.width();
    }

    @Override
    public void forEach(Consumer<SourceRow> action) {
        int[] seen = {0};
        read(path, row -> {
            if (++seen[0] <= mapping.headerRows()) {
                return;
            }
            List<String> fields = new ArrayList<>(row.fields());
            while (fields.size() < header.width()) {
                fields.add("");
            }
            action.accept(new SourceRow(row.line(), fields));
        });
    }

    @Override
    public void close() {
        // Every read opens and closes the package itself.
    }

    private static void read(Path path, Consumer<SourceRow> rows) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IngestException(IngestErrorCode.UNREADABLE_FILE, "Cannot read " + path + ", it is not a readable file");
        }
        try (OPCPackage xlsx = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(xlsx);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(xlsx);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IngestException(IngestErrorCode.UNKNOWN_FORMAT, "Cannot ingest " + path + ", the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(rows), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Enough stop) {
            throw stop;
        } catch (IngestException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new IngestException(IngestErrorCode.UNREADABLE_FILE, "Cannot read " + path
                    + " as an XLSX workbook (encrypted, damaged, too large when unpacked, or not XLSX): " + e.getMessage(), e);
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
