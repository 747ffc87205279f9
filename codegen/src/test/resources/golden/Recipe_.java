package dev.tideorm.codegen.fixture;

import dev.tideorm.core.json.JsonText;
import dev.tideorm.core.json.TypeRef;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.ValueConverter;
import dev.tideorm.core.query.Delete;
import dev.tideorm.core.query.Insert;
import dev.tideorm.core.query.Select;
import dev.tideorm.core.query.Update;
import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.SqlType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Recipe} (table {@code recipe}): typed columns and relations, the entity metadata,
 * and query helpers.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class Recipe_ {
    /**
     * Column {@code "recipe"."id"}.
     */
    public static final Column<Recipe, Long> ID = Column.<Recipe, Long>spec("recipe", "id", "id",
            Long.class)
            .index(0)
            .type(ColumnType.of(SqlType.BIGINT))
            .primaryKey(true)
            .autoIncrement(true)
            .getter(Recipe::id)
            .build();

    /**
     * Column {@code "recipe"."notes"}.
     */
    public static final Column<Recipe, JsonText> NOTES = Column.<Recipe, JsonText>spec("recipe",
            "notes", "notes", JsonText.class)
            .index(1)
            .type(ColumnType.of(SqlType.JSON))
            .getter(Recipe::notes)
            .converter(ValueConverter.jsonText())
            .build();

    /**
     * Column {@code "recipe"."oven"}.
     */
    public static final Column<Recipe, Recipe.Oven> OVEN = Column.<Recipe, Recipe.Oven>spec("recipe",
            "oven", "oven", Recipe.Oven.class)
            .index(2)
            .type(ColumnType.of(SqlType.JSON))
            .getter(Recipe::oven)
            .converter(ValueConverter.json(Recipe.Oven.class))
            .build();

    /**
     * Column {@code "recipe"."steps"}.
     */
    public static final Column<Recipe, List<Recipe.Step>> STEPS = Column.<Recipe, List<Recipe.Step>>spec("recipe",
            "steps", "steps", List.class)
            .index(3)
            .type(ColumnType.of(SqlType.JSON))
            .getter(Recipe::steps)
            .converter(ValueConverter.json(new TypeRef<List<Recipe.Step>>() {}))
            .build();

    /**
     * Column {@code "recipe"."extra"}.
     */
    public static final Column<Recipe, Map<String, Object>> EXTRA = Column.<Recipe, Map<String, Object>>spec("recipe",
            "extra", "extra", Map.class)
            .index(4)
            .type(ColumnType.of(SqlType.JSON))
            .nullable(true)
            .getter(Recipe::extra)
            .converter(ValueConverter.json(new TypeRef<Map<String, Object>>() {}))
            .build();

    /**
     * Column {@code "recipe"."price"}.
     */
    public static final Column<Recipe, Recipe.Price> PRICE = Column.<Recipe, Recipe.Price>spec("recipe",
            "price", "price", Recipe.Price.class)
            .index(5)
            .type(ColumnType.varchar(32))
            .getter(Recipe::price)
            .converter(ValueConverter.of(new RecipeConverters.PriceText(), String.class))
            .build();

    /**
     * Column {@code "recipe"."fat"}.
     */
    public static final Column<Recipe, Double> FAT = Column.<Recipe, Double>spec("recipe", "fat",
            "fat", Double.class)
            .index(6)
            .type(ColumnType.decimal(5, 2))
            .getter(Recipe::fat)
            .converter(ValueConverter.of(new RecipeConverters.Percent(), BigDecimal.class))
            .build();

    /**
     * Column {@code "recipe"."baked_on"} (component {@code bakedOn}).
     */
    public static final Column<Recipe, LocalDate> BAKED_ON = Column.<Recipe, LocalDate>spec("recipe",
            "baked_on", "bakedOn", LocalDate.class)
            .index(7)
            .type(ColumnType.of(SqlType.TIMESTAMP_TZ))
            .nullable(true)
            .getter(Recipe::bakedOn)
            .converter(ValueConverter.of(new RecipeConverters.BakedOn(), ValueConverter.instant()))
            .build();

    /**
     * Column {@code "recipe"."tags"}.
     */
    public static final Column<Recipe, List<String>> TAGS = Column.<Recipe, List<String>>spec("recipe",
            "tags", "tags", List.class)
            .index(8)
            .type(ColumnType.of(SqlType.JSON))
            .getter(Recipe::tags)
            .converter(ValueConverter.of(new RecipeConverters.TagsJson(),
                    ValueConverter.jsonText()))
            .build();

    /**
     * The entity: table, columns, keys, relations, and how to build a {@link Recipe}.
     */
    @SuppressWarnings("unchecked")
    public static final EntityMeta<Recipe> ENTITY = EntityMeta.builder(Recipe.class, "recipe")
            .column(ID)
            .column(NOTES)
            .column(OVEN)
            .column(STEPS)
            .column(EXTRA)
            .column(PRICE)
            .column(FAT)
            .column(BAKED_ON)
            .column(TAGS)
            .factory((c, r) -> new Recipe((long) c[0], (JsonText) c[1], (Recipe.Oven) c[2],
                    (List<Recipe.Step>) c[3], (Map<String, Object>) c[4], (Recipe.Price) c[5],
                    (double) c[6], (LocalDate) c[7], (List<String>) c[8]))
            .rowFactory((row, o) -> new Recipe(ID.read(row, o), NOTES.read(row, o + 1),
                    OVEN.read(row, o + 2), STEPS.read(row, o + 3), EXTRA.read(row, o + 4),
                    PRICE.read(row, o + 5), FAT.read(row, o + 6), BAKED_ON.read(row, o + 7),
                    TAGS.read(row, o + 8)))
            .activeModel(RecipeActiveModel::new)
            .build();

    private Recipe_() {
    }

    /**
     * {@code SELECT <columns> FROM "recipe"}.
     */
    public static Select<Recipe> find() {
        return Select.of(ENTITY);
    }

    /**
     * The row with this primary key ({@code id}).
     */
    public static Select<Recipe> findById(long id) {
        return Select.byId(ENTITY, id);
    }

    /**
     * {@code DELETE} of the row with this primary key ({@code id}).
     */
    public static Delete<Recipe> deleteById(long id) {
        return Delete.many(ENTITY).filter(Select.primaryKeyCondition(ENTITY, id));
    }

    /**
     * An {@code UPDATE} of every row, to narrow with {@code filter}.
     */
    public static Update<Recipe> updateMany() {
        return Update.many(ENTITY);
    }

    /**
     * A {@code DELETE} of every row, to narrow with {@code filter}.
     */
    public static Delete<Recipe> deleteMany() {
        return Delete.many(ENTITY);
    }

    /**
     * An {@code INSERT} of several rows in one statement.
     */
    public static Insert<Recipe> insertMany(List<RecipeActiveModel> models) {
        return Insert.many(models);
    }
}
