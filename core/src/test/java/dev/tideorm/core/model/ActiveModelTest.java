package dev.tideorm.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.error.AttrNotSetException;
import dev.tideorm.core.fixture.Fruit;
import dev.tideorm.core.fixture.FruitActiveModel;
import dev.tideorm.core.fixture.Fruit_;
import org.junit.jupiter.api.Test;

class ActiveModelTest {

    @Test
    void newModelHasEveryFieldNotSetAndIsUnchanged() {
        FruitActiveModel fruit = FruitActiveModel.builder();
        assertThat(fruit.id().isNotSet()).isTrue();
        assertThat(fruit.name().isNotSet()).isTrue();
        assertThat(fruit.isChanged()).isFalse();
        assertThat(fruit.isPersisted()).isFalse();
    }

    @Test
    void settingAColumnMarksTheModelChanged() {
        FruitActiveModel fruit = FruitActiveModel.builder().setName("apple");
        assertThat(fruit.isChanged()).isTrue();
        assertThat(fruit.isChanged(Fruit_.NAME)).isTrue();
        assertThat(fruit.isChanged(Fruit_.ID)).isFalse();
    }

    @Test
    void modelIntoActiveModelIsUnchangedAndPersisted() {
        FruitActiveModel fruit = FruitActiveModel.from(new Fruit(1, "Apple", 2));
        assertThat(fruit.id()).isEqualTo(ActiveValue.unchanged(1));
        assertThat(fruit.name()).isEqualTo(ActiveValue.unchanged("Apple"));
        assertThat(fruit.cakeId()).isEqualTo(ActiveValue.unchanged(2));
        assertThat(fruit.isChanged()).isFalse();
        assertThat(fruit.isPersisted()).isTrue();
    }

    @Test
    void setIfNotEqualOnEqualValueKeepsTheModelUnchanged() {
        FruitActiveModel fruit = FruitActiveModel.from(new Fruit(1, "Apple", null));
        fruit.setIfNotEqual(Fruit_.NAME, "Apple");
        assertThat(fruit.isChanged()).isFalse();
        fruit.setIfNotEqual(Fruit_.NAME, "Pear");
        assertThat(fruit.name()).isEqualTo(ActiveValue.set("Pear"));
    }

    @Test
    void resetAndResetAllTurnUnchangedIntoSet() {
        FruitActiveModel fruit = FruitActiveModel.from(new Fruit(1, "Apple", null));
        fruit.reset(Fruit_.NAME);
        assertThat(fruit.name()).isEqualTo(ActiveValue.set("Apple"));
        assertThat(fruit.cakeId().isUnchanged()).isTrue();
        fruit.resetAll();
        assertThat(fruit.id()).isEqualTo(ActiveValue.set(1));
        assertThat(fruit.cakeId()).isEqualTo(ActiveValue.set(null));
    }

    @Test
    void tryIntoModelNamesTheFirstNotSetField() {
        assertThatThrownBy(() -> FruitActiveModel.builder().setId(1).setCakeId(null).tryIntoModel())
                .isInstanceOfSatisfying(AttrNotSetException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> FruitActiveModel.builder().setId(1).setName("a").tryIntoModel())
                .isInstanceOfSatisfying(AttrNotSetException.class, e -> assertThat(e.field()).isEqualTo("cakeId"));
    }

    @Test
    void tryIntoModelAcceptsExplicitNull() {
        Fruit fruit = FruitActiveModel.builder().setId(2).setName("Apple").setCakeId(null).tryIntoModel();
        assertThat(fruit).isEqualTo(new Fruit(2, "Apple", null));
    }

    @Test
    void acceptWrittenMakesEveryColumnUnchanged() {
        FruitActiveModel fruit = FruitActiveModel.builder().setName("Apple");
        dev.tideorm.core.internal.ModelAccess.get().acceptWritten(fruit, new Fruit(7, "Apple", null));
        assertThat(fruit.id()).isEqualTo(ActiveValue.unchanged(7));
        assertThat(fruit.isChanged()).isFalse();
        assertThat(fruit.isPersisted()).isTrue();
    }
}
