package io.longitude.sql;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spark's row values as plain JSON values: strings, numbers, booleans, lists and maps. Dates are ISO dates, timestamps
 * ISO instants (UTC), binary is base64, and NaN or infinite doubles are strings, which JSON numbers cannot be.
 */
final class CellValues {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CellValues() {}

    /** The row's values as JSON values, by the schema's types. */
    static List<Object> json(Row row, StructType schema) {
        List<Object> values = new ArrayList<>(schema.size());
        for (int index = 0; index < schema.size(); index++) {
            values.add(json(row.get(index), schema.fields()[index].dataType()));
        }
        return values;
    }

    static Object json(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double number && (number.isNaN() || number.isInfinite())
                || value instanceof Float single && (single.isNaN() || single.isInfinite())) {
            return value.toString();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal decimal ? decimal : value;
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (type instanceof ArrayType array && value instanceof scala.collection.Iterable<?> items) {
            List<Object> list = new ArrayList<>();
            for (Object item : CollectionConverters.asJava(items)) {
                list.add(json(item, array.elementType()));
            }
            return list;
        }
        if (type instanceof MapType map && value instanceof scala.collection.Map<?, ?> entries) {
            Map<String, Object> result = new LinkedHashMap<>();
            CollectionConverters.asJava(entries)
                    .forEach((key, item) ->
                            result.put(String.valueOf(json(key, map.keyType())), json(item, map.valueType())));
            return result;
        }
        if (type instanceof StructType struct && value instanceof Row row) {
            Map<String, Object> result = new LinkedHashMap<>();
            StructField[] fields = struct.fields();
            for (int index = 0; index < fields.length; index++) {
                result.put(fields[index].name(), json(row.get(index), fields[index].dataType()));
            }
            return result;
        }
        return value.toString();
    }

    /** A value as one CSV cell's text: empty for null, JSON for lists and maps, the JSON value's text otherwise. */
    static String text(Object value, DataType type) {
        Object json = json(value, type);
        if (json == null) {
            return "";
        }
        if (json instanceof List<?> || json instanceof Map<?, ?>) {
            return JSON.writeValueAsString(json);
        }
        return json instanceof BigDecimal decimal ? decimal.toPlainString() : json.toString();
    }
}
