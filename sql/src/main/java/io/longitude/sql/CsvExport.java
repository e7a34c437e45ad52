package io.longitude.sql;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/**
 * A query result as RFC 4180 CSV (comma, double quotes where needed, CRLF), safe to open in a spreadsheet: a text cell
 * starting with {@code = + - @}, a tab or a carriage return gets a leading single quote, so that no cell is read as a
 * formula (OWASP "CSV injection"). Cells of numeric columns are left alone: Spark writes them, they cannot hold a
 * formula, and a negative number stays a number.
 */
public final class CsvExport {
    private CsvExport() {}

    public static String csv(QueryRows result) {
        StringWriter out = new StringWriter();
        try (CsvWriter writer =
                CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            StructField[] fields = result.schema().fields();
            List<String> header = new ArrayList<>();
            for (StructField field : fields) {
                header.add(safe(field.name()));
            }
            writer.writeRecord(header);
            for (Row row : result.rows()) {
                List<String> cells = new ArrayList<>(fields.length);
                for (int index = 0; index < fields.length; index++) {
                    DataType type = fields[index].dataType();
                    String text = CellValues.text(row.get(index), type);
                    cells.add(type instanceof NumericType ? text : safe(text));
                }
                writer.writeRecord(cells);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell, with a leading single quote when a spreadsheet would read it as a formula. */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
