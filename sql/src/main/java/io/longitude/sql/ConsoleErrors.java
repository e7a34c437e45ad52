package io.longitude.sql;

import io.longitude.sql.RefusedQueryException.Kind;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.catalyst.parser.ParseException;
import scala.Option;

/**
 * Turns Spark's parse and analysis errors into the console's three kinds of message: a syntax error with its line and
 * column, an unknown name with the views the user may read, and a refused or invalid query. The message is Spark's first
 * line without its error code and SQL state; never a stack trace, and never the rest of the text (Spark repeats the query
 * under its first line).
 */
final class ConsoleErrors {
    private static final Pattern CODE = Pattern.compile("^\\[[A-Z0-9_.]+\\]\\s*");
    private static final Pattern STATE = Pattern.compile("\\s*SQLSTATE: \\w+.*$");

    private ConsoleErrors() {}

    static RefusedQueryException syntax(String sql, ParseException e) {
        Integer line = value(e.start().line());
        Integer position = value(e.start().startPosition());
        Integer column = position == null ? null : position + 1;
        if (line != null && position != null && afterSemicolon(sql, line, position)) {
            return new RefusedQueryException(
                    Kind.REFUSED,
                    "Cannot run more than one statement: the console runs one query at a time"
                            + " (a second statement starts at line " + line + ", column " + column + ")",
                    line,
                    column);
        }
        String where = line == null ? "" : " at line " + line + (column == null ? "" : ", column " + column);
        return new RefusedQueryException(
                Kind.SYNTAX, "Cannot run the query, syntax error" + where + ": " + clean(e.getMessage()), line, column);
    }

    static RefusedQueryException analysis(Exception failure, Set<String> views) {
        if (!(failure instanceof AnalysisException e)) {
            return new RefusedQueryException(
                    Kind.INVALID, "Cannot run the query: " + clean(failure.getMessage()), null, null);
        }
        Integer line = value(e.line());
        Integer position = value(e.startPosition());
        Integer column = position == null ? null : position + 1;
        String condition = e.getCondition() == null ? "" : e.getCondition();
        Map<String, String> parameters = e.getMessageParameters();
        String where = line == null ? "" : " (line " + line + (column == null ? "" : ", column " + column) + ")";
        String readable = "the views you can read are " + String.join(", ", new TreeSet<>(views));
        if (condition.startsWith("TABLE_OR_VIEW_NOT_FOUND")) {
            return new RefusedQueryException(
                    Kind.UNKNOWN_NAME,
                    "Cannot find the view " + unquote(parameters.get("relationName")) + where + "; "
                            + (views.isEmpty() ? "no view exists yet" : readable),
                    line,
                    column);
        }
        if (condition.startsWith("UNRESOLVED_COLUMN") || condition.startsWith("UNRESOLVED_FIELD")) {
            String proposal = parameters.get("proposal");
            return new RefusedQueryException(
                    Kind.UNKNOWN_NAME,
                    "Cannot find the column " + unquote(parameters.get("objectName")) + where
                            + (proposal == null || proposal.isBlank() ? "" : "; did you mean one of " + proposal + "?"),
                    line,
                    column);
        }
        if (condition.startsWith("UNRESOLVED_ROUTINE")) {
            return new RefusedQueryException(
                    Kind.UNKNOWN_NAME,
                    "Cannot find the function " + unquote(parameters.get("routineName")) + where
                            + "; see Spark SQL's built-in functions",
                    line,
                    column);
        }
        return new RefusedQueryException(
                Kind.INVALID, "Cannot run the query" + where + ": " + clean(e.getMessage()), line, column);
    }

    /** Spark's first line, without the error code in brackets and the SQL state. */
    static String clean(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end).strip();
        return STATE.matcher(CODE.matcher(first).replaceFirst(""))
                .replaceFirst("")
                .strip();
    }

    /** Whether the first non-blank character before the error's position is a semicolon: a second statement follows. */
    private static boolean afterSemicolon(String sql, int line, int position) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int next = sql.indexOf('\n', offset);
            if (next < 0) {
                return false;
            }
            offset = next + 1;
        }
        for (int index = Math.min(offset + position, sql.length()) - 1; index >= 0; index--) {
            char character = sql.charAt(index);
            if (!Character.isWhitespace(character)) {
                return character == ';';
            }
        }
        return false;
    }

    private static String unquote(String name) {
        return name == null ? "?" : name.replace("`", "");
    }

    private static Integer value(Option<Object> option) {
        return option.isDefined() ? (Integer) option.get() : null;
    }
}
