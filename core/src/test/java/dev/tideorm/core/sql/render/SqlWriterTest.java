package dev.tideorm.core.sql.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.sql.Statement;
import dev.tideorm.core.sql.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlWriterTest {

    @Test
    void boundWriterNumbersMarkersFromOneAndKeepsBindsInOrder() {
        SqlWriter out = SqlWriter.bound(i -> "$" + i);
        out.append("a = ").bind(Value.of(1)).append(" AND b = ").bind(Value.of("x"));
        Statement st = out.toStatement(List.of("id"));
        assertThat(out.isInlining()).isFalse();
        assertThat(st.sql()).isEqualTo("a = $1 AND b = $2");
        assertThat(st.binds()).containsExactly(Value.of(1), Value.of("x"));
        assertThat(st.generatedColumns()).containsExactly("id");
    }

    @Test
    void inliningWriterRefusesBinds() {
        SqlWriter out = SqlWriter.inlining().append('x');
        assertThat(out.isInlining()).isTrue();
        assertThat(out.sql()).isEqualTo("x");
        assertThatThrownBy(() -> out.bind(Value.of(1))).isInstanceOf(IllegalStateException.class);
    }
}
