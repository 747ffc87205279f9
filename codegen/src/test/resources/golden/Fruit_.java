package dev.tideorm.codegen.fixture;

import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import dev.tideorm.core.meta.StringColumn;
import dev.tideorm.core.model.HasOne;
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
 * Metamodel of {@link Fruit} (table {@code fruit}): typed columns and relations, the entity metadata,
 * and query helpers.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class Fruit_ {
    /**
     * Column {@code "fruit"."id"}.
     */
    public static final Column<Fruit, Integer> ID = Column.<Fruit, Integer>spec("fruit", "id", "id",
            Integer.class)
            .index(0)
            .type(ColumnType.of(SqlType.INTEGER))
            .primaryKey(true)
            .autoIncrement(true)
            .getter(Fruit::id)
            .build();

    /**
     * Column {@code "fruit"."name"}.
     */
    public static final StringColumn<Fruit> NAME = Column.<Fruit, String>spec("fruit", "name",
            "name", String.class)
            .index(1)
            .type(ColumnType.of(SqlType.TEXT))
            .getter(Fruit::name)
            .buildString();

    /**
     * Column {@code "fruit"."cake_id"} (component {@code cakeId}).
     */
    public static final Column<Fruit, Long> CAKE_ID = Column.<Fruit, Long>spec("fruit", "cake_id",
            "cakeId", Long.class)
            .index(2)
            .type(ColumnType.of(SqlType.BIGINT))
            .nullable(true)
            .getter(Fruit::cakeId)
            .build();

    /**
     * Relation {@code cake}: belongs to {@link Cake}.
     */
    public static final Related<Fruit, Cake> CAKE = Related.of(Relation.<Fruit, Cake>builder("cake",
            RelationKind.BELONGS_TO, () -> Cake_.ENTITY)
            .index(0)
            .keys(List.of("cake_id"), List.of("id"))
            .optional(true));

    /**
     * The entity: table, columns, keys, relations, and how to build a {@link Fruit}.
     */
    @SuppressWarnings("unchecked")
    public static final EntityMeta<Fruit> ENTITY = EntityMeta.builder(Fruit.class, "fruit")
            .column(ID)
            .column(NAME)
            .column(CAKE_ID)
            .relation(CAKE)
            .factory((c, r) -> new Fruit((Integer) c[0], (String) c[1], (Long) c[2],
                    (HasOne<Cake>) r[0]))
            .rowFactory((row, o) -> new Fruit(ID.read(row, o), NAME.read(row, o + 1),
                    CAKE_ID.read(row, o + 2), HasOne.unloaded()))
            .relationValues(m -> new Object[] {m.cake()})
            .activeModel(FruitActiveModel::new)
            .build();

    private Fruit_() {
    }

    /**
     * {@code SELECT <columns> FROM "fruit"}.
     */
    public static Select<Fruit> find() {
        return Select.of(ENTITY);
    }

    /**
     * The row with this primary key ({@code id}).
     */
    public static Select<Fruit> findById(Integer id) {
        return Select.byId(ENTITY, id);
    }

    /**
     * {@code DELETE} of the row with this primary key ({@code id}).
     */
    public static Delete<Fruit> deleteById(Integer id) {
        return Delete.many(ENTITY).filter(Select.primaryKeyCondition(ENTITY, id));
    }

    /**
     * An {@code UPDATE} of every row, to narrow with {@code filter}.
     */
    public static Update<Fruit> updateMany() {
        return Update.many(ENTITY);
    }

    /**
     * A {@code DELETE} of every row, to narrow with {@code filter}.
     */
    public static Delete<Fruit> deleteMany() {
        return Delete.many(ENTITY);
    }

    /**
     * An {@code INSERT} of several rows in one statement.
     */
    public static Insert<Fruit> insertMany(List<FruitActiveModel> models) {
        return Insert.many(models);
    }
}
