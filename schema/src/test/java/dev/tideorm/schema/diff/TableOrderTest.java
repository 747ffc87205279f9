package dev.tideorm.schema.diff;

import static dev.tideorm.schema.diff.Defs.fk;
import static dev.tideorm.schema.diff.Defs.id;
import static dev.tideorm.schema.diff.Defs.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.schema.model.ForeignKeyDef;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableOrderTest {
    private static TableDef t(String name, String... refs) {
        TableDef t = table(name, List.of(id()), List.of("id"));
        List<ForeignKeyDef> fks = Arrays.stream(refs)
                .map(r -> fk("fk-" + name + "-" + r + "_id", "id", r, "id")).toList();
        return t.withForeignKeys(fks);
    }

    private static List<String> names(List<TableDef> tables) {
        return tables.stream().map(x -> x.name().name()).toList();
    }

    @Test
    void referencedTablesComeFirstAndTiesGoByName() {
        List<TableDef> in = List.of(t("comment", "post", "user"), t("post", "user"), t("zebra"), t("user"),
                t("apple"));
        assertThat(names(TableOrder.sort(in, "public"))).containsExactly("apple", "user", "post", "comment", "zebra");
    }

    @Test
    void orderDoesNotDependOnInputOrder() {
        List<TableDef> a = List.of(t("b", "a"), t("a"), t("c", "b"), t("d"));
        List<TableDef> b = List.of(t("d"), t("c", "b"), t("a"), t("b", "a"));
        assertThat(names(TableOrder.sort(a, "public"))).isEqualTo(names(TableOrder.sort(b, "public")))
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void cycleIsBrokenAtTheSmallestNameAndSelfReferencesIgnored() {
        List<TableDef> in = List.of(t("husband", "wife"), t("wife", "husband"), t("person", "person"),
                t("ring", "wife"));
        assertThat(names(TableOrder.sort(in, "public"))).containsExactly("person", "husband", "wife", "ring");
    }

    @Test
    void unqualifiedReferencesMatchTablesOfTheCurrentSchema() {
        ForeignKeyDef toParent = new ForeignKeyDef("fk", List.of("id"), TableName.of("public", "parent"),
                List.of("id"), ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION);
        TableDef child = t("child").withForeignKeys(List.of(toParent));
        assertThat(names(TableOrder.sort(List.of(child, t("parent")), "public"))).containsExactly("parent", "child");
    }
}
