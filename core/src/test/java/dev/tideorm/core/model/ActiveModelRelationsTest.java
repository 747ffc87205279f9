package dev.tideorm.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.error.AttrNotSetException;
import dev.tideorm.core.fixture.Basket;
import dev.tideorm.core.fixture.BasketActiveModel;
import dev.tideorm.core.fixture.Basket_;
import dev.tideorm.core.fixture.CakeFilling;
import dev.tideorm.core.fixture.CakeFillingActiveModel;
import dev.tideorm.core.fixture.Fruit;
import dev.tideorm.core.fixture.FruitActiveModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relation states of an active model: change detection, conversions from and to records, clearing. */
class ActiveModelRelationsTest {
    private static final Fruit APPLE = new Fruit(5, "Apple", 1);

    private static Basket basket(HasOne<CakeFilling> pair, HasOne<Fruit> favourite, HasMany<Fruit> fruits) {
        return new Basket(1, 7, 8, pair, favourite, fruits, HasOne.unloaded());
    }

    @Test
    void aNewModelHasEveryRelationNotSetAndReportsNoChange() {
        BasketActiveModel basket = BasketActiveModel.builder();
        assertThat(basket.pair().isSet()).isFalse();
        assertThat(basket.favourite().isSet()).isFalse();
        assertThat(basket.fruits().mode()).isEqualTo(ActiveMany.Mode.NOT_SET);
        assertThat(basket.isChanged()).isFalse();
    }

    @Test
    void appendReportsAChangeWhenAListedChildChangedOrIsNotLinkedYet() {
        BasketActiveModel loaded = BasketActiveModel.from(basket(HasOne.unloaded(), HasOne.unloaded(),
                HasMany.loaded(List.of(APPLE))));
        FruitActiveModel apple = (FruitActiveModel) loaded.fruits().items().get(0);
        assertThat(loaded.fruits().mode()).isEqualTo(ActiveMany.Mode.APPEND);
        assertThat(loaded.isChanged()).as("a loaded child is linked already").isFalse();
        apple.setName("Green apple");
        assertThat(loaded.isChanged()).isTrue();
        assertThat(loaded.isColumnsChanged()).isFalse();

        BasketActiveModel other = BasketActiveModel.from(basket(HasOne.unloaded(), HasOne.unloaded(),
                HasMany.unloaded()));
        other.addFruit(FruitActiveModel.from(APPLE));
        assertThat(other.isChanged()).as("adding an existing fruit re-parents it").isTrue();
    }

    @Test
    void replaceAlwaysReportsAChange() {
        BasketActiveModel basket = BasketActiveModel.from(basket(HasOne.unloaded(), HasOne.unloaded(),
                HasMany.unloaded()));
        basket.replaceFruits(List.of(FruitActiveModel.from(APPLE)));
        assertThat(basket.isChanged()).isTrue();
        basket.replaceFruits(List.of());
        assertThat(basket.fruits().mode()).isEqualTo(ActiveMany.Mode.REPLACE);
        assertThat(basket.isChanged()).isTrue();
    }

    @Test
    void pushKeepsReplace() {
        BasketActiveModel basket = BasketActiveModel.builder().replaceFruits(List.of(FruitActiveModel.from(APPLE)));
        basket.addFruit(FruitActiveModel.builder().setName("Pear"));
        assertThat(basket.fruits().mode()).isEqualTo(ActiveMany.Mode.REPLACE);
        assertThat(basket.fruits().items()).hasSize(2);
    }

    @Test
    void replacingWithTheRelationsOwnItemsKeepsThem() {
        BasketActiveModel basket = BasketActiveModel.builder().addFruit(FruitActiveModel.from(APPLE));
        basket.replaceAll(Basket_.FRUITS, basket.fruits().items());
        assertThat(basket.fruits().mode()).isEqualTo(ActiveMany.Mode.REPLACE);
        assertThat(basket.fruits().items()).hasSize(1);
    }

    @Test
    void aNullChildIsRejectedWhenTheRelationIsReplaced() {
        List<FruitActiveModel> withNull = new ArrayList<>();
        withNull.add(null);
        BasketActiveModel basket = BasketActiveModel.builder();
        assertThatThrownBy(() -> basket.replaceFruits(withNull)).isInstanceOf(NullPointerException.class);
        assertThat(basket.fruits().mode()).isEqualTo(ActiveMany.Mode.NOT_SET);
    }

    @Test
    void aSetHasOneReportsAChangeIffItsModelChangedAndSetNullAlwaysDoes() {
        BasketActiveModel basket = BasketActiveModel.from(basket(HasOne.unloaded(), HasOne.unloaded(),
                HasMany.unloaded()));
        FruitActiveModel apple = FruitActiveModel.from(APPLE);
        basket.setFavourite(apple);
        assertThat(basket.isChanged()).isFalse();
        apple.setName("Red apple");
        assertThat(basket.isChanged()).isTrue();
        basket.clearFavourite();
        assertThat(basket.favourite().isCleared()).isTrue();
        assertThat(basket.isChanged()).isTrue();
        assertThat(basket.isColumnsChanged()).isFalse();
    }

    @Test
    void clearingAWeakBelongsToNullsOnlyItsNullableForeignKeyColumns() {
        BasketActiveModel basket = BasketActiveModel.from(basket(HasOne.unloaded(), HasOne.unloaded(),
                HasMany.unloaded()));
        basket.clearPair();
        assertThat(basket.pair().isCleared()).isTrue();
        assertThat(basket.pairA()).isEqualTo(ActiveValue.set(null));
        assertThat(basket.pairB()).isEqualTo(ActiveValue.unchanged(8));
        assertThat(basket.isChanged()).isTrue();
    }

    @Test
    void aRequiredBelongsToCannotBeCleared() {
        BasketActiveModel basket = BasketActiveModel.from(basket(HasOne.unloaded(), HasOne.unloaded(),
                HasMany.unloaded()));
        assertThatThrownBy(() -> basket.clearRelated(Basket_.KEEPER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keeper of Basket is a required belongs-to");
        assertThat(basket.one(Basket_.KEEPER).isSet()).isFalse();
        assertThat(basket.isChanged()).isFalse();
    }

    @Test
    void clearingAHasOneLeavesThisRowsColumnsAlone() {
        BasketActiveModel basket = BasketActiveModel.from(basket(HasOne.unloaded(), HasOne.unloaded(),
                HasMany.unloaded()));
        basket.clearFavourite();
        assertThat(basket.isColumnsChanged()).isFalse();
    }

    @Test
    void loadingTurnsALoadedHasManyIntoAppendAndAnEmptyHasOneIntoNotSet() {
        BasketActiveModel basket = BasketActiveModel.from(basket(HasOne.loaded(null),
                HasOne.loaded(APPLE), HasMany.loaded(List.of(APPLE))));
        assertThat(basket.pair().isSet()).isFalse();
        assertThat(basket.favourite().isSet()).isTrue();
        ActiveModel<Fruit, ?> favourite = basket.favourite().model();
        assertThat(favourite.isPersisted()).isTrue();
        assertThat(favourite.get(0)).isEqualTo(ActiveValue.unchanged(5));
        assertThat(basket.fruits().mode()).isEqualTo(ActiveMany.Mode.APPEND);
        assertThat(basket.fruits().items()).hasSize(1);
        assertThat(basket.isChanged()).isFalse();
    }

    @Test
    void aLoadedEmptyHasManyIsAnEmptyAppendAndUnloadedRelationsAreNotSet() {
        BasketActiveModel loadedEmpty = BasketActiveModel.from(basket(HasOne.unloaded(), HasOne.unloaded(),
                HasMany.loaded(List.of())));
        assertThat(loadedEmpty.fruits().mode()).isEqualTo(ActiveMany.Mode.APPEND);
        assertThat(loadedEmpty.fruits().items()).isEmpty();
        assertThat(loadedEmpty.isChanged()).isFalse();
        BasketActiveModel unloaded = BasketActiveModel.from(basket(HasOne.unloaded(), HasOne.unloaded(),
                HasMany.unloaded()));
        assertThat(unloaded.fruits().mode()).isEqualTo(ActiveMany.Mode.NOT_SET);
        assertThat(unloaded.favourite().isSet()).isFalse();
    }

    @Test
    void tryIntoModelConvertsEveryRelationState() {
        Basket basket = BasketActiveModel.builder().setId(1).setPairA(null).setPairB(2)
                .setPair(new CakeFillingActiveModel().setCakeId(3).setFillingId(4))
                .clearFavourite()
                .addFruit(FruitActiveModel.from(APPLE))
                .tryIntoModel();
        assertThat(basket).isEqualTo(new Basket(1, null, 2, HasOne.loaded(new CakeFilling(3, 4)), HasOne.loaded(null),
                HasMany.loaded(List.of(APPLE)), HasOne.unloaded()));
        Basket bare = BasketActiveModel.builder().setId(1).setPairA(null).setPairB(2).tryIntoModel();
        assertThat(bare.pair().isUnloaded()).isTrue();
        assertThat(bare.favourite().isUnloaded()).isTrue();
        assertThat(bare.fruits().isUnloaded()).isTrue();
    }

    @Test
    void tryIntoModelNamesTheFirstNotSetFieldOfARelatedModel() {
        BasketActiveModel basket = BasketActiveModel.builder().setId(1).setPairA(null).setPairB(2)
                .addFruit(FruitActiveModel.builder().setId(9).setCakeId(1));
        assertThatThrownBy(basket::tryIntoModel)
                .isInstanceOfSatisfying(AttrNotSetException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void aRelationOfTheWrongArityIsRejected() {
        BasketActiveModel basket = BasketActiveModel.builder();
        assertThatThrownBy(() -> basket.many(Basket_.FAVOURITE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("favourite");
        assertThatThrownBy(() -> basket.one(Basket_.FRUITS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fruits");
    }
}
