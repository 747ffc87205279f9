package dev.tideorm.core.sql.render;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.sql.Expr;
import dev.tideorm.core.sql.SelectItem;
import dev.tideorm.core.sql.SelectStatement;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.core.sql.TableRef;
import dev.tideorm.core.sql.Value;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Short-hands shared by the rendering tests. */
final class RenderFixtures {
    private RenderFixtures() {
    }

    static Stream<Dialect> dialects() {
        return Dialects.all().stream();
    }

    static Expr.Column col(String table, String name) {
        return Expr.col(table, name);
    }

    static Expr.Param val(Object value) {
        return Expr.val(value);
    }

    static Value nullInt() {
        return Value.nullOf(Integer.class, SqlType.INTEGER);
    }

    static List<SelectItem> items(Expr... exprs) {
        return Arrays.stream(exprs).map(SelectItem::of).toList();
    }

    /** {@code SELECT "t"."id" FROM "t" WHERE <condition>}. */
    static SelectStatement selectWhere(Expr condition) {
        return SelectStatement.from(TableRef.of("t"), items(col("t", "id"))).where(condition);
    }
}
