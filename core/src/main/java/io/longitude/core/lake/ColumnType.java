package io.longitude.core.lake;

/** The column types of the lake, spelled as Spark SQL DDL types. */
public enum ColumnType {
    STRING("STRING"),
    INT("INT"),
    LONG("BIGINT"),
    DOUBLE("DOUBLE"),
    BOOLEAN("BOOLEAN"),
    DATE("DATE"),
    TIMESTAMP("TIMESTAMP"),
    /** The ties a respondent reported: other participants' keys with the kind of tie. */
    TIE_LIST("ARRAY<STRUCT<participant_key: STRING, kind: STRING>>");

    private final String ddl;

    ColumnType(String ddl) {
        this.ddl = ddl;
    }

    /** The type as Spark SQL and Delta DDL write it. */
    public String ddl() {
        return ddl;
    }
}
