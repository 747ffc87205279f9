package dev.tideorm.codegen.fixture;

import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import dev.tideorm.core.meta.StringColumn;
import dev.tideorm.core.meta.ValueConverter;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.query.Delete;
import dev.tideorm.core.query.Insert;
import dev.tideorm.core.query.Related;
import dev.tideorm.core.query.Select;
import dev.tideorm.core.query.Update;
import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.SqlType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Filling} (table {@code filling}): typed columns and relations, the entity metadata,
 * and query helpers.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class Filling_ {
    /**
     * Column {@code "filling"."id"}.
     */
    public static final Column<Filling, Integer> ID = Column.<Filling, Integer>spec("filling", "id",
            "id", Integer.class)
            .index(0)
            .type(ColumnType.of(SqlType.INTEGER))
            .primaryKey(true)
            .autoIncrement(true)
            .getter(Filling::id)
            .build();

    /**
     * Column {@code "filling"."name"}.
     */
    public static final StringColumn<Filling> NAME = Column.<Filling, String>spec("filling", "name",
            "name", String.class)
            .index(1)
            .type(ColumnType.of(SqlType.TEXT))
            .getter(Filling::name)
            .buildString();

    /**
     * Column {@code "filling"."sku"}.
     */
    public static final Column<Filling, Sku> SKU = Column.<Filling, Sku>spec("filling", "sku",
            "sku", Sku.class)
            .index(2)
            .type(ColumnType.varchar(32))
            .getter(Filling::sku)
            .converter(ValueConverter.<Sku, String>of(String.class, Sku::value, Sku::new))
            .build();

    /**
     * Relation {@code cakes}: many-to-many with {@link Cake} through {@link CakeFilling}.
     */
    public static final Related<Filling, Cake> CAKES = Related.of(Relation.<Filling, Cake>builder("cakes",
            RelationKind.MANY_TO_MANY, () -> Cake_.ENTITY)
            .index(0)
            .keys(List.of("id"), List.of("id"))
            .junction(() -> CakeFilling_.ENTITY, List.of("filling_id"), List.of("cake_id")));

    /**
     * The entity: table, columns, keys, relations, and how to build a {@link Filling}.
     */
    @SuppressWarnings("unchecked")
    public static final EntityMeta<Filling> ENTITY = EntityMeta.builder(Filling.class, "filling")
            .column(ID)
            .column(NAME)
            .column(SKU)
            .relation(CAKES)
            .factory((c, r) -> new Filling((int) c[0], (String) c[1], (Sku) c[2],
                    (HasMany<Cake>) r[0]))
            .rowFactory((row, o) -> new Filling(ID.read(row, o), NAME.read(row, o + 1),
                    SKU.read(row, o + 2), HasMany.unloaded()))
            .relationValues(m -> new Object[] {m.cakes()})
            .activeModel(FillingActiveModel::new)
            .build();

    private Filling_() {
    }

    /**
     * {@code SELECT <columns> FROM "filling"}.
     */
    public static Select<Filling> find() {
        return Select.of(ENTITY);
    }

    /**
     * The row with this primary key ({@code id}).
     */
    public static Select<Filling> findById(int id) {
        return Select.byId(ENTITY, id);
    }

    /**
     * {@code DELETE} of the row with this primary key ({@code id}).
     */
    public static Delete<Filling> deleteById(int id) {
        return Delete.many(ENTITY).filter(Select.primaryKeyCondition(ENTITY, id));
    }

    /**
     * An {@code UPDATE} of every row, to narrow with {@code filter}.
     */
    public static Update<Filling> updateMany() {
        return Update.many(ENTITY);
    }

    /**
     * A {@code DELETE} of every row, to narrow with {@code filter}.
     */
    public static Delete<Filling> deleteMany() {
        return Delete.many(ENTITY);
    }

    /**
     * An {@code INSERT} of several rows in one statement.
     */
    public static Insert<Filling> insertMany(List<FillingActiveModel> models) {
        return Insert.many(models);
    }
}
