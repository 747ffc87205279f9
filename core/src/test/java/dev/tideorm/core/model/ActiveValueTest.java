package dev.tideorm.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActiveValueTest {

    @Test
    void setIfNotEqualKeepsUnchangedWhenEqual() {
        assertThat(ActiveValue.unchanged("a").setIfNotEqual("a")).isEqualTo(ActiveValue.unchanged("a"));
    }

    @Test
    void setIfNotEqualSetsWhenDifferentOrNotUnchanged() {
        assertThat(ActiveValue.unchanged("a").setIfNotEqual("b")).isEqualTo(ActiveValue.set("b"));
        assertThat(ActiveValue.set("a").setIfNotEqual("a")).isEqualTo(ActiveValue.set("a"));
        assertThat(ActiveValue.<String>notSet().setIfNotEqual("a")).isEqualTo(ActiveValue.set("a"));
    }

    @Test
    void setIfNotEqualComparesArraysByContent() {
        assertThat(ActiveValue.unchanged(new byte[] {1, 2}).setIfNotEqual(new byte[] {1, 2}).isUnchanged()).isTrue();
    }

    @Test
    void resetTurnsUnchangedIntoSetAndLeavesNotSet() {
        assertThat(ActiveValue.unchanged(1).reset()).isEqualTo(ActiveValue.set(1));
        assertThat(ActiveValue.<Integer>notSet().reset().isNotSet()).isTrue();
        assertThat(ActiveValue.set(2).reset()).isEqualTo(ActiveValue.set(2));
    }

    @Test
    void setNullIsAnExplicitValueUnlikeNotSet() {
        ActiveValue<Integer> explicitNull = ActiveValue.set(null);
        assertThat(explicitNull.hasValue()).isTrue();
        assertThat(explicitNull.value()).isNull();
        assertThat(ActiveValue.<Integer>notSet().hasValue()).isFalse();
    }

    @Test
    void valueOfNotSetFails() {
        assertThatThrownBy(() -> ActiveValue.notSet().value()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NotSet");
    }
}
