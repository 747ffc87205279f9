package dev.tideorm.codegen.fixture;

import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import dev.tideorm.core.meta.StringColumn;
import dev.tideorm.core.meta.ValueConverter;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.core.query.Delete;
import dev.tideorm.core.query.Insert;
import dev.tideorm.core.query.Related;
import dev.tideorm.core.query.Select;
import dev.tideorm.core.query.Update;
import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.SqlType;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Cake} (table {@code cake}): typed columns and relations, the entity metadata,
 * and query helpers.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class Cake_ {
    /**
     * Column {@code "cake"."id"}.
     */
    public static final Column<Cake, Long> ID = Column.<Cake, Long>spec("cake", "id", "id",
            Long.class)
            .index(0)
            .type(ColumnType.of(SqlType.BIGINT))
            .primaryKey(true)
            .autoIncrement(true)
            .getter(Cake::id)
            .build();

    /**
     * Column {@code "cake"."name"}.
     */
    public static final StringColumn<Cake> NAME = Column.<Cake, String>spec("cake", "name", "name",
            String.class)
            .index(1)
            .type(ColumnType.varchar(100))
            .unique(true)
            .getter(Cake::name)
            .buildString();

    /**
     * Column {@code "cake"."price"}.
     */
    public static final Column<Cake, BigDecimal> PRICE = Column.<Cake, BigDecimal>spec("cake",
            "price", "price", BigDecimal.class)
            .index(2)
            .type(ColumnType.decimal(10, 2))
            .nullable(true)
            .renamedFrom("cost")
            .getter(Cake::price)
            .build();

    /**
     * Column {@code "cake"."flavor"}.
     */
    public static final Column<Cake, Flavor> FLAVOR = Column.<Cake, Flavor>spec("cake", "flavor",
            "flavor", Flavor.class)
            .index(3)
            .type(ColumnType.varchar(16))
            .indexed(true)
            .getter(Cake::flavor)
            .converter(ValueConverter.enumByName(Flavor.class))
            .build();

    /**
     * Column {@code "cake"."available"}.
     */
    public static final Column<Cake, Boolean> AVAILABLE = Column.<Cake, Boolean>spec("cake",
            "available", "available", Boolean.class)
            .index(4)
            .type(ColumnType.of(SqlType.BOOLEAN))
            .defaultValue("true")
            .getter(Cake::available)
            .build();

    /**
     * Column {@code "cake"."bakery_id"} (component {@code bakeryId}).
     */
    public static final Column<Cake, Integer> BAKERY_ID = Column.<Cake, Integer>spec("cake",
            "bakery_id", "bakeryId", Integer.class)
            .index(5)
            .type(ColumnType.of(SqlType.INTEGER))
            .nullable(true)
            .getter(Cake::bakeryId)
            .build();

    /**
     * Relation {@code bakery}: belongs to {@link Bakery}.
     */
    public static final Related<Cake, Bakery> BAKERY = Related.of(Relation.<Cake, Bakery>builder("bakery",
            RelationKind.BELONGS_TO, () -> Bakery_.ENTITY)
            .index(0)
            .keys(List.of("bakery_id"), List.of("id"))
            .optional(true)
            .onDelete(ForeignKeyAction.SET_NULL));

    /**
     * Relation {@code fruits}: has many {@link Fruit}.
     */
    public static final Related<Cake, Fruit> FRUITS = Related.of(Relation.<Cake, Fruit>builder("fruits",
            RelationKind.HAS_MANY, () -> Fruit_.ENTITY)
            .index(1)
            .keys(List.of("id"), List.of("cake_id"))
            .optional(true));

    /**
     * Relation {@code fillings}: many-to-many with {@link Filling} through {@link CakeFilling}.
     */
    public static final Related<Cake, Filling> FILLINGS = Related.of(Relation.<Cake, Filling>builder("fillings",
            RelationKind.MANY_TO_MANY, () -> Filling_.ENTITY)
            .index(2)
            .keys(List.of("id"), List.of("id"))
            .junction(() -> CakeFilling_.ENTITY, List.of("cake_id"), List.of("filling_id")));

    /**
     * The entity: table, columns, keys, relations, and how to build a {@link Cake}.
     */
    @SuppressWarnings("unchecked")
    public static final EntityMeta<Cake> ENTITY = EntityMeta.builder(Cake.class, "cake")
            .column(ID)
            .column(NAME)
            .column(PRICE)
            .column(FLAVOR)
            .column(AVAILABLE)
            .column(BAKERY_ID)
            .relation(BAKERY)
            .relation(FRUITS)
            .relation(FILLINGS)
            .factory((c, r) -> new Cake((Long) c[0], (String) c[1], (BigDecimal) c[2],
                    (Flavor) c[3], (boolean) c[4], (Integer) c[5], null, (HasOne<Bakery>) r[0],
                    (HasMany<Fruit>) r[1], (HasMany<Filling>) r[2]))
            .rowFactory((row, o) -> new Cake(ID.read(row, o), NAME.read(row, o + 1),
                    PRICE.read(row, o + 2), FLAVOR.read(row, o + 3), AVAILABLE.read(row, o + 4),
                    BAKERY_ID.read(row, o + 5), null, HasOne.unloaded(), HasMany.unloaded(),
                    HasMany.unloaded()))
            .relationValues(m -> new Object[] {m.bakery(), m.fruits(), m.fillings()})
            .activeModel(CakeActiveModel::new)
            .build();

    private Cake_() {
    }

    /**
     * {@code SELECT <columns> FROM "cake"}.
     */
    public static Select<Cake> find() {
        return Select.of(ENTITY);
    }

    /**
     * The row with this primary key ({@code id}).
     */
    public static Select<Cake> findById(Long id) {
        return Select.byId(ENTITY, id);
    }

    /**
     * {@code DELETE} of the row with this primary key ({@code id}).
     */
    public static Delete<Cake> deleteById(Long id) {
        return Delete.many(ENTITY).filter(Select.primaryKeyCondition(ENTITY, id));
    }

    /**
     * The row whose unique key ({@code name}) matches: at most one.
     */
    public static Select<Cake> findByName(String name) {
        return Select.of(ENTITY).filter(Cake_.NAME.eq(name));
    }

    /**
     * A query filtered on the unique key ({@code name}), to refine further.
     */
    public static Select<Cake> filterByName(String name) {
        return Select.of(ENTITY).filter(Cake_.NAME.eq(name));
    }

    /**
     * {@code DELETE} of the row whose unique key ({@code name}) matches.
     */
    public static Delete<Cake> deleteByName(String name) {
        return Delete.many(ENTITY).filter(Cake_.NAME.eq(name));
    }

    /**
     * An {@code UPDATE} of every row, to narrow with {@code filter}.
     */
    public static Update<Cake> updateMany() {
        return Update.many(ENTITY);
    }

    /**
     * A {@code DELETE} of every row, to narrow with {@code filter}.
     */
    public static Delete<Cake> deleteMany() {
        return Delete.many(ENTITY);
    }

    /**
     * An {@code INSERT} of several rows in one statement.
     */
    public static Insert<Cake> insertMany(List<CakeActiveModel> models) {
        return Insert.many(models);
    }
}
