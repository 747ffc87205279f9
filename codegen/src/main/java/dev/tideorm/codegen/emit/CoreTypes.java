package dev.tideorm.codegen.emit;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to. */
final class CoreTypes {
    static final String META = "dev.tideorm.core.meta";
    static final String MODEL = "dev.tideorm.core.model";
    static final String QUERY = "dev.tideorm.core.query";
    static final String SQL = "dev.tideorm.core.sql";

    static final ClassName COLUMN = ClassName.get(META, "Column");
    static final ClassName STRING_COLUMN = ClassName.get(META, "StringColumn");
    static final ClassName RELATION = ClassName.get(META, "Relation");
    static final ClassName RELATION_KIND = ClassName.get(META, "RelationKind");
    static final ClassName ENTITY_META = ClassName.get(META, "EntityMeta");
    static final ClassName ENTITY_PROVIDER = ClassName.get(META, "EntityProvider");
    static final ClassName VALUE_CONVERTER = ClassName.get(META, "ValueConverter");
    static final ClassName TYPE_REF = ClassName.get("dev.tideorm.core.json", "TypeRef");
    static final ClassName FOREIGN_KEY_ACTION = ClassName.get("dev.tideorm.core.annotation", "ForeignKeyAction");
    static final ClassName ACTIVE_MODEL = ClassName.get(MODEL, "ActiveModel");
    static final ClassName ACTIVE_VALUE = ClassName.get(MODEL, "ActiveValue");
    static final ClassName ACTIVE_ONE = ClassName.get(MODEL, "ActiveOne");
    static final ClassName ACTIVE_MANY = ClassName.get(MODEL, "ActiveMany");
    static final ClassName HAS_ONE = ClassName.get(MODEL, "HasOne");
    static final ClassName HAS_MANY = ClassName.get(MODEL, "HasMany");
    static final ClassName SELECT = ClassName.get(QUERY, "Select");
    static final ClassName RELATED = ClassName.get(QUERY, "Related");
    static final ClassName INSERT = ClassName.get(QUERY, "Insert");
    static final ClassName UPDATE = ClassName.get(QUERY, "Update");
    static final ClassName DELETE = ClassName.get(QUERY, "Delete");
    static final ClassName COLUMN_TYPE = ClassName.get(SQL, "ColumnType");
    static final ClassName SQL_TYPE = ClassName.get(SQL, "SqlType");
    static final ClassName EXPR = ClassName.get(SQL, "Expr");
    static final ClassName WRITES = ClassName.get("dev.tideorm.core.save", "Writes");
    static final ClassName DB_CONN = ClassName.get("dev.tideorm.core.conn", "DbConn");
    static final ClassName MONO = ClassName.get("reactor.core.publisher", "Mono");
    static final ClassName FLUX = ClassName.get("reactor.core.publisher", "Flux");
    static final ClassName LONG = ClassName.get("java.lang", "Long");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

    private CoreTypes() {
    }
}
