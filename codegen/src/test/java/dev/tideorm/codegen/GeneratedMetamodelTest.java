package dev.tideorm.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.codegen.fixture.Bakery;
import dev.tideorm.codegen.fixture.BakeryHooks;
import dev.tideorm.codegen.fixture.Bakery_;
import dev.tideorm.codegen.fixture.Cake;
import dev.tideorm.codegen.fixture.CakeActiveModel;
import dev.tideorm.codegen.fixture.CakeFillingActiveModel;
import dev.tideorm.codegen.fixture.CakeFilling_;
import dev.tideorm.codegen.fixture.Cake_;
import dev.tideorm.codegen.fixture.Filling_;
import dev.tideorm.codegen.fixture.Flavor;
import dev.tideorm.codegen.fixture.Fruit;
import dev.tideorm.codegen.fixture.FruitActiveModel;
import dev.tideorm.codegen.fixture.Fruit_;
import dev.tideorm.codegen.fixture.Recipe;
import dev.tideorm.codegen.fixture.Recipe_;
import dev.tideorm.codegen.fixture.Sku;
import dev.tideorm.codegen.fixture.Staff_;
import dev.tideorm.codegen.fixture.Status;
import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.conn.RowReader;
import dev.tideorm.core.error.AttrNotSetException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.json.JsonCodec;
import dev.tideorm.core.json.JsonCodecs;
import dev.tideorm.core.json.JsonText;
import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.EntityRegistry;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import dev.tideorm.core.meta.StringColumn;
import dev.tideorm.core.meta.UniqueKeyMeta;
import dev.tideorm.core.model.ActiveMany;
import dev.tideorm.core.model.ActiveValue;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.core.query.Insert;
import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.core.sql.Value;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Loads the metamodels generated for the fixtures by the test compile and checks what they describe. */
class GeneratedMetamodelTest {

    @Test
    void columnsFollowDeclarationOrderWithSnakeCaseNames() {
        assertThat(Cake_.ENTITY.table()).isEqualTo("cake");
        assertThat(Cake_.ENTITY.columns()).extracting(Column::name)
                .containsExactly("id", "name", "price", "flavor", "available", "bakery_id");
        assertThat(Cake_.ENTITY.columns()).extracting(Column::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(Cake_.BAKERY_ID.field()).isEqualTo("bakeryId");
        assertThat(Fruit_.ENTITY.table()).isEqualTo("fruit");
    }

    @Test
    void columnTypesAndFlagsComeFromTheComponents() {
        assertThat(Cake_.ID.columnType()).isEqualTo(ColumnType.of(SqlType.BIGINT));
        assertThat(Cake_.ID.primaryKey()).isTrue();
        assertThat(Cake_.ID.autoIncrement()).isTrue();
        assertThat(Cake_.ID.nullable()).isFalse();
        assertThat(Cake_.NAME).isInstanceOf(StringColumn.class);
        assertThat(Cake_.NAME.columnType()).isEqualTo(ColumnType.varchar(100));
        assertThat(Cake_.NAME.unique()).isTrue();
        assertThat(Cake_.PRICE.columnType()).isEqualTo(ColumnType.decimal(10, 2));
        assertThat(Cake_.PRICE.nullable()).isTrue();
        assertThat(Cake_.PRICE.renamedFrom()).isEqualTo("cost");
        assertThat(Cake_.FLAVOR.columnType()).isEqualTo(ColumnType.varchar(16));
        assertThat(Cake_.FLAVOR.indexed()).isTrue();
        assertThat(Cake_.FLAVOR.dbType()).isEqualTo(String.class);
        assertThat(Cake_.AVAILABLE.nullable()).isFalse();
        assertThat(Cake_.AVAILABLE.defaultValue()).isEqualTo("true");
        assertThat(Cake_.BAKERY_ID.nullable()).isTrue();
    }

    @Test
    void convertersMapEnumsValueTypesAndInstants() {
        assertThat(Cake_.FLAVOR.toValue(Flavor.LEMON).value()).isEqualTo("LEMON");
        assertThat(Bakery_.STATUS.columnType()).isEqualTo(ColumnType.of(SqlType.INTEGER));
        assertThat(Bakery_.STATUS.toValue(Status.CLOSED).value()).isEqualTo(2);
        assertThat(Filling_.SKU.columnType()).isEqualTo(ColumnType.varchar(32));
        assertThat(Filling_.SKU.toValue(new Sku("S-1")).value()).isEqualTo("S-1");
        assertThat(Filling_.SKU.dbType()).isEqualTo(String.class);
        Instant at = Instant.parse("2024-01-02T03:04:05Z");
        assertThat(Bakery_.OPENED_AT.columnType()).isEqualTo(ColumnType.of(SqlType.TIMESTAMP_TZ));
        assertThat(Bakery_.OPENED_AT.toValue(at).value()).isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0,
                ZoneOffset.UTC));
        assertThat(Bakery_.PROFILE.columnType()).isEqualTo(ColumnType.of(SqlType.JSON));
        assertThat(Bakery_.MENU.columnType()).isEqualTo(ColumnType.of(SqlType.JSON));
        assertThat(Bakery_.MENU.dbType()).isEqualTo(String.class);
        assertThat(Bakery_.MENU.toValue(JsonText.of("{\"a\": [1, 2]}")).value()).isEqualTo("{\"a\": [1, 2]}");
        assertThat(Bakery_.TOKEN.columnType()).isEqualTo(ColumnType.of(SqlType.UUID));
        assertThat(Bakery_.PHOTO.name()).isEqualTo("photo_bytes");
        assertThat(Bakery_.PHOTO.columnType()).isEqualTo(ColumnType.of(SqlType.BINARY));
    }

    @Test
    void jsonColumnsOfOtherTypesGoThroughTheCodecWithTheirDeclaredType() {
        assertThat(Recipe_.NOTES.columnType()).isEqualTo(ColumnType.of(SqlType.JSON));
        assertThat(Recipe_.NOTES.read(row("[1]"), 0)).isEqualTo(JsonText.of("[1]"));
        assertThat(Recipe_.OVEN.columnType()).isEqualTo(ColumnType.of(SqlType.JSON));
        assertThat(Recipe_.OVEN.dbType()).isEqualTo(String.class);
        assertThat(Recipe_.STEPS.javaType()).isEqualTo(List.class);
        assertThat(Recipe_.EXTRA.nullable()).isTrue();
        List<java.lang.reflect.Type> asked = new ArrayList<>();
        JsonCodecs.install(new JsonCodec() {
            @Override
            public String encode(Object value, java.lang.reflect.Type type) {
                asked.add(type);
                return "{}";
            }

            @Override
            public Object decode(String json, java.lang.reflect.Type type) {
                asked.add(type);
                return List.of(new Recipe.Step(5, "rest"));
            }
        });
        try {
            assertThat(Recipe_.OVEN.toValue(new Recipe.Oven(180, true)).value()).isEqualTo("{}");
            assertThat(Recipe_.STEPS.read(row("[]"), 0)).containsExactly(new Recipe.Step(5, "rest"));
        } finally {
            JsonCodecs.reset();
        }
        assertThat(asked.get(0)).isEqualTo(Recipe.Oven.class);
        assertThat(asked.get(1)).isInstanceOfSatisfying(ParameterizedType.class, p -> {
            assertThat(p.getRawType()).isEqualTo(List.class);
            assertThat(p.getActualTypeArguments()).containsExactly(Recipe.Step.class);
        });
    }

    @Test
    void aJsonColumnWithoutACodecFailsNamingTheColumn() {
        assertThatThrownBy(() -> Recipe_.OVEN.toValue(new Recipe.Oven(180, true)))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("cannot convert a Oven for column recipe.oven: no JsonCodec is installed: add "
                        + "dev.tideorm:tideorm-jackson to the class path");
        assertThatThrownBy(() -> Recipe_.STEPS.read(row("[]"), 0))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("cannot read column recipe.steps as List: no JsonCodec is installed");
    }

    @Test
    void convertedColumnsUseTheUsersConverterAndTheTypeItStores() {
        Recipe.Price price = new Recipe.Price(new BigDecimal("12.50"), "EUR");
        assertThat(Recipe_.PRICE.columnType()).isEqualTo(ColumnType.varchar(32));
        assertThat(Recipe_.PRICE.toValue(price).value()).isEqualTo("12.50 EUR");
        assertThat(Recipe_.PRICE.read(row("12.50 EUR"), 0)).isEqualTo(price);
        assertThat(Recipe_.FAT.columnType()).isEqualTo(ColumnType.decimal(5, 2));
        assertThat(Recipe_.FAT.dbType()).isEqualTo(BigDecimal.class);
        assertThat(Recipe_.FAT.toValue(0.25).value()).isEqualTo(new BigDecimal("25.00"));
        assertThat(Recipe_.BAKED_ON.columnType()).isEqualTo(ColumnType.of(SqlType.TIMESTAMP_TZ));
        assertThat(Recipe_.BAKED_ON.toValue(LocalDate.of(2024, 2, 29)).value())
                .isEqualTo(OffsetDateTime.of(2024, 2, 29, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(Recipe_.TAGS.columnType()).isEqualTo(ColumnType.of(SqlType.JSON));
        assertThat(Recipe_.TAGS.toValue(List.of("a", "b")))
                .isEqualTo(new Value("[\"a\",\"b\"]", String.class, SqlType.JSON));
        assertThat(Recipe_.TAGS.read(row("[\"c\", \"d\"]"), 0)).containsExactly("c", "d");
    }

    /** A one-column row holding {@code value}, as the driver would return it. */
    private static RowReader row(Object value) {
        return new RowReader() {
            @Override
            public <T> T get(int index, Class<T> type) {
                return type.cast(value);
            }

            @Override
            public <T> T get(String name, Class<T> type) {
                return type.cast(value);
            }

            @Override
            public int size() {
                return 1;
            }
        };
    }

    @Test
    void compositeKeysNeverAutoIncrement() {
        assertThat(CakeFilling_.ENTITY.primaryKey()).extracting(Column::name).containsExactly("cake_id", "filling_id");
        assertThat(CakeFilling_.ENTITY.primaryKey()).noneMatch(Column::autoIncrement);
    }

    @Test
    void entityOptionsAreCarriedOver() {
        assertThat(Bakery_.ENTITY.schema()).isEqualTo("shop");
        assertThat(Bakery_.ENTITY.behavior()).isInstanceOf(BakeryHooks.class);
        assertThat(Bakery_.ENTITY.uniqueKeys())
                .containsExactly(new UniqueKeyMeta("location", List.of("city", "street")));
        assertThat(Cake_.ENTITY.schema()).isNull();
    }

    @Test
    void belongsToHasForeignKeyFirst() {
        Relation<Cake, ?> bakery = Cake_.BAKERY;
        assertThat(bakery.kind()).isEqualTo(RelationKind.BELONGS_TO);
        assertThat(bakery.index()).isZero();
        assertThat(bakery.fromColumns()).containsExactly("bakery_id");
        assertThat(bakery.toColumns()).containsExactly("id");
        assertThat(bakery.optional()).isTrue();
        assertThat(bakery.onDelete()).isEqualTo(ForeignKeyAction.SET_NULL);
        assertThat(bakery.target()).isSameAs(Bakery_.ENTITY);
        assertThat(CakeFilling_.FILLING.fkName()).isEqualTo("fk-cf-filling");
        assertThat(CakeFilling_.FILLING.optional()).isFalse();
    }

    @Test
    void hasManyUsesTheTargetsBelongsTo() {
        assertThat(Cake_.FRUITS.kind()).isEqualTo(RelationKind.HAS_MANY);
        assertThat(Cake_.FRUITS.index()).isEqualTo(1);
        assertThat(Cake_.FRUITS.fromColumns()).containsExactly("id");
        assertThat(Cake_.FRUITS.toColumns()).containsExactly("cake_id");
        assertThat(Cake_.FRUITS.optional()).isTrue();
        assertThat(Cake_.FRUITS.target()).isSameAs(Fruit_.ENTITY);
    }

    @Test
    void manyToManyGoesThroughTheJunction() {
        assertThat(Cake_.FILLINGS.kind()).isEqualTo(RelationKind.MANY_TO_MANY);
        assertThat(Cake_.FILLINGS.fromColumns()).containsExactly("id");
        assertThat(Cake_.FILLINGS.toColumns()).containsExactly("id");
        assertThat(Cake_.FILLINGS.junction()).isSameAs(CakeFilling_.ENTITY);
        assertThat(Cake_.FILLINGS.junctionFromColumns()).containsExactly("cake_id");
        assertThat(Cake_.FILLINGS.junctionToColumns()).containsExactly("filling_id");
        assertThat(Filling_.CAKES.junctionFromColumns()).containsExactly("filling_id");
        assertThat(Filling_.CAKES.junctionToColumns()).containsExactly("cake_id");
    }

    @Test
    void selfReferencesAreToldApartByMappedBy() {
        assertThat(Staff_.ENTITY.relations()).extracting(Relation::name, Relation::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reportsTo", RelationKind.BELONGS_TO),
                org.assertj.core.groups.Tuple.tuple("mentor", RelationKind.BELONGS_TO),
                org.assertj.core.groups.Tuple.tuple("manages", RelationKind.HAS_MANY),
                org.assertj.core.groups.Tuple.tuple("mentees", RelationKind.HAS_MANY));
        assertThat(Staff_.MANAGES.toColumns()).containsExactly("reports_to_id");
        assertThat(Staff_.MENTEES.toColumns()).containsExactly("mentor_id");
        assertThat(Staff_.MANAGES.target()).isSameAs(Staff_.ENTITY);
    }

    @Test
    void factoryBuildsRecordsAndGivesIgnoredComponentsTheirDefault() {
        Cake cake = Cake_.ENTITY.create(new Object[] {1L, "Cheese", null, Flavor.VANILLA, true, null});
        assertThat(cake.name()).isEqualTo("Cheese");
        assertThat(cake.note()).isNull();
        assertThat(cake.fruits().isUnloaded()).isTrue();
        assertThat(cake.bakery().isUnloaded()).isTrue();
        Bakery bakery = Bakery_.ENTITY.create(new Object[] {3L, "B", "Paris", "Rue", "{}", Instant.EPOCH,
                Status.OPEN, UUID.randomUUID(), new byte[0], null});
        assertThat(bakery.rating()).isZero();
        assertThat(Cake_.ENTITY.columnValues(cake)).containsExactly(1L, "Cheese", null, Flavor.VANILLA, true, null);
        assertThat(Cake_.ENTITY.relationValues(cake)).containsExactly(cake.bakery(), cake.fruits(), cake.fillings());
    }

    @Test
    void settersMarkFieldsSet() {
        CakeActiveModel am = CakeActiveModel.builder().setName("x");
        assertThat(am.isChanged()).isTrue();
        assertThat(am.name()).isEqualTo(ActiveValue.set("x"));
        assertThat(am.id().isNotSet()).isTrue();
        assertThat(new CakeActiveModel().isChanged()).isFalse();
    }

    @Test
    void tryIntoModelNamesTheFirstFieldNotSet() {
        assertThatThrownBy(() -> FruitActiveModel.builder().setId(1).setCakeId(null).tryIntoModel())
                .isInstanceOfSatisfying(AttrNotSetException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> FruitActiveModel.builder().setId(1).setName("Apple").tryIntoModel())
                .isInstanceOfSatisfying(AttrNotSetException.class, e -> assertThat(e.field()).isEqualTo("cakeId"));
        Fruit fruit = FruitActiveModel.builder().setId(1).setName("Apple").setCakeId(null).tryIntoModel();
        assertThat(fruit).isEqualTo(new Fruit(1, "Apple", null, HasOne.unloaded()));
    }

    @Test
    void fromModelGivesUnchangedValues() {
        Fruit apple = new Fruit(1, "Apple", 2L, HasOne.unloaded());
        FruitActiveModel am = FruitActiveModel.from(apple);
        assertThat(am.id()).isEqualTo(ActiveValue.unchanged(1));
        assertThat(am.name()).isEqualTo(ActiveValue.unchanged("Apple"));
        assertThat(am.cakeId()).isEqualTo(ActiveValue.unchanged(2L));
        assertThat(am.isPersisted()).isTrue();
        assertThat(am.isChanged()).isFalse();
        assertThat(am.setNameIfNotEqual("Apple").isChanged()).isFalse();
        assertThat(am.setNameIfNotEqual("Pear").name()).isEqualTo(ActiveValue.set("Pear"));
    }

    @Test
    void relationSettersDelegateToTheRelationStates() {
        Cake loaded = new Cake(1L, "Cheese", null, Flavor.VANILLA, true, null, null, HasOne.unloaded(),
                HasMany.loaded(List.of(new Fruit(5, "Apple", 1L, HasOne.unloaded()))), HasMany.unloaded());
        CakeActiveModel cake = CakeActiveModel.from(loaded);
        assertThat(cake.fruits().mode()).isEqualTo(ActiveMany.Mode.APPEND);
        assertThat(cake.fillings().mode()).isEqualTo(ActiveMany.Mode.NOT_SET);
        cake.addFruit(FruitActiveModel.builder().setName("Pear"));
        assertThat(cake.fruits().items()).hasSize(2);
        cake.replaceFruits(List.of(FruitActiveModel.builder().setName("Fig")));
        assertThat(cake.fruits().mode()).isEqualTo(ActiveMany.Mode.REPLACE);
        assertThat(cake.fruits().items()).hasSize(1);
        FruitActiveModel fruit = FruitActiveModel.builder().setCake(cake);
        assertThat(fruit.cake().model()).isSameAs(cake);
        fruit.clearCake();
        assertThat(fruit.cake().isCleared()).isTrue();
        assertThat(fruit.cakeId()).isEqualTo(ActiveValue.set(null));
    }

    @Test
    void onlyAnOptionalBelongsToGetsAClearMethod() throws NoSuchMethodException {
        assertThat(FruitActiveModel.class.getMethod("clearCake").getReturnType()).isEqualTo(FruitActiveModel.class);
        assertThatThrownBy(() -> CakeFillingActiveModel.class.getMethod("clearCake"))
                .isInstanceOf(NoSuchMethodException.class);
        assertThatThrownBy(() -> CakeFillingActiveModel.class.getMethod("clearFilling"))
                .isInstanceOf(NoSuchMethodException.class);
        assertThatThrownBy(() -> new CakeFillingActiveModel().clearRelated(CakeFilling_.CAKE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required belongs-to");
    }

    @Test
    void insertOfAnActiveModelHasOnlyTheColumnsWithValues() {
        FruitActiveModel orange = FruitActiveModel.builder().setName("Orange").setCakeId(null);
        Insert<Fruit> insert = Insert.one(orange);
        assertThat(insert.statement().columns()).containsExactly("name", "cake_id");
        assertThat(insert.inline(Dialects.POSTGRES))
                .isEqualTo("INSERT INTO \"fruit\" (\"name\", \"cake_id\") VALUES ('Orange', NULL)");
        assertThat(Fruit_.insertMany(List.of(orange, FruitActiveModel.builder().setName("Kiwi"))).statement().rows())
                .hasSize(2);
    }

    @Test
    void findersFilterOnKeys() {
        assertThat(Cake_.findByName("Cheese").inline(Dialects.POSTGRES)).isEqualTo("SELECT \"cake\".\"id\", "
                + "\"cake\".\"name\", \"cake\".\"price\", \"cake\".\"flavor\", \"cake\".\"available\", "
                + "\"cake\".\"bakery_id\" FROM \"cake\" WHERE \"cake\".\"name\" = 'Cheese'");
        assertThat(Cake_.deleteById(7L).inline(Dialects.POSTGRES))
                .isEqualTo("DELETE FROM \"cake\" WHERE \"cake\".\"id\" = 7");
        assertThat(Bakery_.deleteByLocation("Paris", "Rue").inline(Dialects.POSTGRES)).isEqualTo(
                "DELETE FROM \"shop\".\"bakery\" WHERE \"bakery\".\"city\" = 'Paris' "
                        + "AND \"bakery\".\"street\" = 'Rue'");
        assertThat(CakeFilling_.findById(1L, 2).statement().where()).isNotNull();
        assertThat(Cake_.deleteMany().inline(Dialects.POSTGRES)).isEqualTo("DELETE FROM \"cake\"");
    }

    @Test
    void registryFindsThePackageIndex() {
        List<EntityMeta<?>> entities = EntityRegistry.byPackagePrefix(Fixtures.FIXTURE_PACKAGE);
        assertThat(entities).extracting(EntityMeta::table)
                .containsExactlyInAnyOrder("bakery", "cake", "cake_filling", "filling", "fruit", "recipe", "staff");
    }

    @Test
    void primitiveComponentsAreNotNull() {
        assertThat(Bakery_.ID.nullable()).isFalse();
        assertThat(Bakery_.ID.javaType()).isEqualTo(Long.class);
        assertThat(Filling_.ID.nullable()).isFalse();
    }
}
