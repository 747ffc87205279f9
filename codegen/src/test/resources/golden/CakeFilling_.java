package dev.tideorm.codegen.fixture;

import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
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
 * Metamodel of {@link CakeFilling} (table {@code cake_filling}): typed columns and relations, the entity metadata,
 * and query helpers.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class CakeFilling_ {
    /**
     * Column {@code "cake_filling"."cake_id"} (component {@code cakeId}).
     */
    public static final Column<CakeFilling, Long> CAKE_ID = Column.<CakeFilling, Long>spec("cake_filling",
            "cake_id", "cakeId", Long.class)
            .index(0)
            .type(ColumnType.of(SqlType.BIGINT))
            .primaryKey(true)
            .getter(CakeFilling::cakeId)
            .build();

    /**
     * Column {@code "cake_filling"."filling_id"} (component {@code fillingId}).
     */
    public static final Column<CakeFilling, Integer> FILLING_ID = Column.<CakeFilling, Integer>spec("cake_filling",
            "filling_id", "fillingId", Integer.class)
            .index(1)
            .type(ColumnType.of(SqlType.INTEGER))
            .primaryKey(true)
            .getter(CakeFilling::fillingId)
            .build();

    /**
     * Relation {@code cake}: belongs to {@link Cake}.
     */
    public static final Related<CakeFilling, Cake> CAKE = Related.of(Relation.<CakeFilling, Cake>builder("cake",
            RelationKind.BELONGS_TO, () -> Cake_.ENTITY)
            .index(0)
            .keys(List.of("cake_id"), List.of("id"))
            .onDelete(ForeignKeyAction.CASCADE));

    /**
     * Relation {@code filling}: belongs to {@link Filling}.
     */
    public static final Related<CakeFilling, Filling> FILLING = Related.of(Relation.<CakeFilling, Filling>builder("filling",
            RelationKind.BELONGS_TO, () -> Filling_.ENTITY)
            .index(1)
            .keys(List.of("filling_id"), List.of("id"))
            .onDelete(ForeignKeyAction.CASCADE)
            .fkName("fk-cf-filling"));

    /**
     * The entity: table, columns, keys, relations, and how to build a {@link CakeFilling}.
     */
    @SuppressWarnings("unchecked")
    public static final EntityMeta<CakeFilling> ENTITY = EntityMeta.builder(CakeFilling.class, "cake_filling")
            .column(CAKE_ID)
            .column(FILLING_ID)
            .relation(CAKE)
            .relation(FILLING)
            .factory((c, r) -> new CakeFilling((Long) c[0], (Integer) c[1], (HasOne<Cake>) r[0],
                    (HasOne<Filling>) r[1]))
            .rowFactory((row, o) -> new CakeFilling(CAKE_ID.read(row, o),
                    FILLING_ID.read(row, o + 1), HasOne.unloaded(), HasOne.unloaded()))
            .relationValues(m -> new Object[] {m.cake(), m.filling()})
            .activeModel(CakeFillingActiveModel::new)
            .build();

    private CakeFilling_() {
    }

    /**
     * {@code SELECT <columns> FROM "cake_filling"}.
     */
    public static Select<CakeFilling> find() {
        return Select.of(ENTITY);
    }

    /**
     * The row with this primary key ({@code cake_id, filling_id}).
     */
    public static Select<CakeFilling> findById(Long cakeId, Integer fillingId) {
        return Select.byId(ENTITY, cakeId, fillingId);
    }

    /**
     * {@code DELETE} of the row with this primary key ({@code cake_id, filling_id}).
     */
    public static Delete<CakeFilling> deleteById(Long cakeId, Integer fillingId) {
        return Delete.many(ENTITY).filter(Select.primaryKeyCondition(ENTITY, cakeId, fillingId));
    }

    /**
     * An {@code UPDATE} of every row, to narrow with {@code filter}.
     */
    public static Update<CakeFilling> updateMany() {
        return Update.many(ENTITY);
    }

    /**
     * A {@code DELETE} of every row, to narrow with {@code filter}.
     */
    public static Delete<CakeFilling> deleteMany() {
        return Delete.many(ENTITY);
    }

    /**
     * An {@code INSERT} of several rows in one statement.
     */
    public static Insert<CakeFilling> insertMany(List<CakeFillingActiveModel> models) {
        return Insert.many(models);
    }
}
