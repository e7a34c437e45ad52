package io.longitude.ingest.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes minimal XLSX packages by hand, so the corpus can hold workbooks that no spreadsheet program would write. */
final class Workbooks {
    static final String CONTENT_TYPES =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>";
    static final String ROOT_RELATIONS =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    static final String WORKBOOK =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static final String WORKBOOK_RELATIONS =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

    private Workbooks() {}

    /** A sheet of inline strings, one {@code <row>} per line of cells. */
    static String sheet(String prolog, String[]... rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append(prolog)
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int row = 0; row < rows.length; row++) {
            xml.append("<row r=\"").append(row + 1).append("\">");
            for (int column = 0; column < rows[row].length; column++) {
                xml.append("<c r=\"")
                        .append((char) ('A' + column))
                        .append(row + 1)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(rows[row][column])
                        .append("</t></is></c>");
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    static void write(Path file, String sheet) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", ROOT_RELATIONS);
            entry(zip, "xl/workbook.xml", WORKBOOK);
            entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONS);
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
        }
    }

    /** A workbook whose sheet inflates to {@code megabytes} of blanks: a zip bomb for POI's inflate-ratio guard. */
    static void zipBomb(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", ROOT_RELATIONS);
            entry(zip, "xl/workbook.xml", WORKBOOK);
            entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONS);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            OutputStream out = zip;
            out.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                            .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int chunk = 0; chunk < megabytes; chunk++) {
                out.write(blanks);
            }
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
