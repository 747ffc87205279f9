package dev.tideorm.codegen.fixture;

import dev.tideorm.core.json.JsonText;
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
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.SqlType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Bakery} (table {@code bakery}): typed columns and relations, the entity metadata,
 * and query helpers.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class Bakery_ {
    /**
     * Column {@code "bakery"."id"}.
     */
    public static final Column<Bakery, Long> ID = Column.<Bakery, Long>spec("bakery", "id", "id",
            Long.class)
            .index(0)
            .type(ColumnType.of(SqlType.BIGINT))
            .primaryKey(true)
            .autoIncrement(true)
            .getter(Bakery::id)
            .build();

    /**
     * Column {@code "bakery"."name"}.
     */
    public static final StringColumn<Bakery> NAME = Column.<Bakery, String>spec("bakery", "name",
            "name", String.class)
            .index(1)
            .type(ColumnType.of(SqlType.TEXT))
            .getter(Bakery::name)
            .buildString();

    /**
     * Column {@code "bakery"."city"}.
     */
    public static final StringColumn<Bakery> CITY = Column.<Bakery, String>spec("bakery", "city",
            "city", String.class)
            .index(2)
            .type(ColumnType.of(SqlType.TEXT))
            .getter(Bakery::city)
            .buildString();

    /**
     * Column {@code "bakery"."street"}.
     */
    public static final StringColumn<Bakery> STREET = Column.<Bakery, String>spec("bakery",
            "street", "street", String.class)
            .index(3)
            .type(ColumnType.of(SqlType.TEXT))
            .getter(Bakery::street)
            .buildString();

    /**
     * Column {@code "bakery"."profile"}.
     */
    public static final Column<Bakery, String> PROFILE = Column.<Bakery, String>spec("bakery",
            "profile", "profile", String.class)
            .index(4)
            .type(ColumnType.of(SqlType.JSON))
            .getter(Bakery::profile)
            .build();

    /**
     * Column {@code "bakery"."opened_at"} (component {@code openedAt}).
     */
    public static final Column<Bakery, Instant> OPENED_AT = Column.<Bakery, Instant>spec("bakery",
            "opened_at", "openedAt", Instant.class)
            .index(5)
            .type(ColumnType.of(SqlType.TIMESTAMP_TZ))
            .getter(Bakery::openedAt)
            .converter(ValueConverter.instant())
            .build();

    /**
     * Column {@code "bakery"."status"}.
     */
    public static final Column<Bakery, Status> STATUS = Column.<Bakery, Status>spec("bakery",
            "status", "status", Status.class)
            .index(6)
            .type(ColumnType.of(SqlType.INTEGER))
            .getter(Bakery::status)
            .converter(ValueConverter.activeEnum(Status.class, Integer.class))
            .build();

    /**
     * Column {@code "bakery"."token"}.
     */
    public static final Column<Bakery, UUID> TOKEN = Column.<Bakery, UUID>spec("bakery", "token",
            "token", UUID.class)
            .index(7)
            .type(ColumnType.of(SqlType.UUID))
            .getter(Bakery::token)
            .build();

    /**
     * Column {@code "bakery"."photo_bytes"} (component {@code photo}).
     */
    public static final Column<Bakery, byte[]> PHOTO = Column.<Bakery, byte[]>spec("bakery",
            "photo_bytes", "photo", byte[].class)
            .index(8)
            .type(ColumnType.of(SqlType.BINARY))
            .getter(Bakery::photo)
            .build();

    /**
     * Column {@code "bakery"."menu"}.
     */
    public static final Column<Bakery, JsonText> MENU = Column.<Bakery, JsonText>spec("bakery",
            "menu", "menu", JsonText.class)
            .index(9)
            .type(ColumnType.of(SqlType.JSON))
            .nullable(true)
            .getter(Bakery::menu)
            .converter(ValueConverter.jsonText())
            .build();

    /**
     * Relation {@code cakes}: has many {@link Cake}.
     */
    public static final Related<Bakery, Cake> CAKES = Related.of(Relation.<Bakery, Cake>builder("cakes",
            RelationKind.HAS_MANY, () -> Cake_.ENTITY)
            .index(0)
            .keys(List.of("id"), List.of("bakery_id"))
            .optional(true));

    /**
     * The entity: table, columns, keys, relations, and how to build a {@link Bakery}.
     */
    @SuppressWarnings("unchecked")
    public static final EntityMeta<Bakery> ENTITY = EntityMeta.builder(Bakery.class, "bakery")
            .schema("shop")
            .column(ID)
            .column(NAME)
            .column(CITY)
            .column(STREET)
            .column(PROFILE)
            .column(OPENED_AT)
            .column(STATUS)
            .column(TOKEN)
            .column(PHOTO)
            .column(MENU)
            .relation(CAKES)
            .uniqueKey("location", List.of("city", "street"))
            .factory((c, r) -> new Bakery((long) c[0], (String) c[1], (String) c[2], (String) c[3],
                    (String) c[4], (Instant) c[5], (Status) c[6], (UUID) c[7], (byte[]) c[8],
                    (JsonText) c[9], 0, (HasMany<Cake>) r[0]))
            .rowFactory((row, o) -> new Bakery(ID.read(row, o), NAME.read(row, o + 1),
                    CITY.read(row, o + 2), STREET.read(row, o + 3), PROFILE.read(row, o + 4),
                    OPENED_AT.read(row, o + 5), STATUS.read(row, o + 6), TOKEN.read(row, o + 7),
                    PHOTO.read(row, o + 8), MENU.read(row, o + 9), 0, HasMany.unloaded()))
            .relationValues(m -> new Object[] {m.cakes()})
            .activeModel(BakeryActiveModel::new)
            .behavior(new BakeryHooks())
            .build();

    private Bakery_() {
    }

    /**
     * {@code SELECT <columns> FROM "bakery"}.
     */
    public static Select<Bakery> find() {
        return Select.of(ENTITY);
    }

    /**
     * The row with this primary key ({@code id}).
     */
    public static Select<Bakery> findById(long id) {
        return Select.byId(ENTITY, id);
    }

    /**
     * {@code DELETE} of the row with this primary key ({@code id}).
     */
    public static Delete<Bakery> deleteById(long id) {
        return Delete.many(ENTITY).filter(Select.primaryKeyCondition(ENTITY, id));
    }

    /**
     * The row whose unique key ({@code city, street}) matches: at most one.
     */
    public static Select<Bakery> findByLocation(String city, String street) {
        return Select.of(ENTITY).filter(Expr.and(List.of(Bakery_.CITY.eq(city), Bakery_.STREET.eq(street))));
    }

    /**
     * A query filtered on the unique key ({@code city, street}), to refine further.
     */
    public static Select<Bakery> filterByLocation(String city, String street) {
        return Select.of(ENTITY).filter(Expr.and(List.of(Bakery_.CITY.eq(city), Bakery_.STREET.eq(street))));
    }

    /**
     * {@code DELETE} of the row whose unique key ({@code city, street}) matches.
     */
    public static Delete<Bakery> deleteByLocation(String city, String street) {
        return Delete.many(ENTITY).filter(Expr.and(List.of(Bakery_.CITY.eq(city), Bakery_.STREET.eq(street))));
    }

    /**
     * An {@code UPDATE} of every row, to narrow with {@code filter}.
     */
    public static Update<Bakery> updateMany() {
        return Update.many(ENTITY);
    }

    /**
     * A {@code DELETE} of every row, to narrow with {@code filter}.
     */
    public static Delete<Bakery> deleteMany() {
        return Delete.many(ENTITY);
    }

    /**
     * An {@code INSERT} of several rows in one statement.
     */
    public static Insert<Bakery> insertMany(List<BakeryActiveModel> models) {
        return Insert.many(models);
    }
}
