package dev.tideorm.schema.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.annotation.ForeignKeyAction;
import dev.tideorm.core.dialect.Dialects;
import dev.tideorm.core.sql.SqlType;
import dev.tideorm.schema.it.blog.PostTag_;
import dev.tideorm.schema.it.blog.Post_;
import dev.tideorm.schema.it.blog.Tag_;
import dev.tideorm.schema.it.blog.User_;
import dev.tideorm.schema.it.otherschema.Crate_;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTablesTest {

    @Test
    void columnsKeysAndDefaultsOfAnEntity() {
        TableDef post = EntityTables.of(Post_.ENTITY, Dialects.POSTGRES);
        assertThat(post.name()).isEqualTo(TableName.of("post"));
        assertThat(post.columns()).containsExactly(
                new ColumnDef("id", "bigint", false, true, false, null, null),
                ColumnDef.of("user_id", "integer", false),
                ColumnDef.of("title", "text", false),
                ColumnDef.of("slug", "text", false),
                ColumnDef.of("status", "text", false).withDefault("'draft'"));
        assertThat(post.primaryKey()).containsExactly("id");
        assertThat(post.indexes()).containsExactly(IndexDef.index("idx-post-slug", List.of("slug"), false),
                IndexDef.index("idx-post-user_id", List.of("user_id"), false));
        assertThat(post.foreignKeys()).containsExactly(new ForeignKeyDef("fk-post-user_id", List.of("user_id"),
                TableName.of("user"), List.of("id"), ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION));
    }

    @Test
    void uniqueColumnsUniqueKeysCompositeKeysAndNamedForeignKeys() {
        assertThat(EntityTables.of(User_.ENTITY, Dialects.H2).column("name")).hasValueSatisfying(c -> {
            assertThat(c.unique()).isTrue();
            assertThat(c.type()).isEqualTo("CHARACTER VARYING");
        });
        assertThat(EntityTables.of(User_.ENTITY, Dialects.H2).column("created_at"))
                .hasValueSatisfying(c -> assertThat(c.defaultSql()).isEqualTo("CURRENT_TIMESTAMP"));
        assertThat(EntityTables.of(Tag_.ENTITY, Dialects.POSTGRES).indexes())
                .containsExactly(IndexDef.index("idx-tag-scope_label", List.of("scope", "label"), true));
        TableDef postTag = EntityTables.of(PostTag_.ENTITY, Dialects.POSTGRES);
        assertThat(postTag.primaryKey()).containsExactly("post_id", "tag_id");
        assertThat(postTag.columns()).noneMatch(ColumnDef::autoIncrement);
        assertThat(postTag.foreignKeys()).extracting(ForeignKeyDef::name)
                .containsExactly("fk-post_tag-post_id", "post_tag_to_tag");
    }

    @Test
    void schemaOfTheEntityAndOfTheReferencedTable() {
        TableDef crate = EntityTables.of(Crate_.ENTITY, Dialects.POSTGRES);
        assertThat(crate.name()).isEqualTo(TableName.of("tide_sync_other", "crate"));
        assertThat(crate.foreignKeys().get(0).refTable()).isEqualTo(TableName.of("tide_sync_other", "shelf"));
    }

    @Test
    void literalDefaultsAreQuotedUnlessNumericBooleanOrAlreadyQuoted() {
        assertThat(EntityTables.literal("0", SqlType.INTEGER, Dialects.H2)).isEqualTo("0");
        assertThat(EntityTables.literal("true", SqlType.BOOLEAN, Dialects.H2)).isEqualTo("true");
        assertThat(EntityTables.literal("it's", SqlType.TEXT, Dialects.H2)).isEqualTo("'it''s'");
        assertThat(EntityTables.literal("'x'", SqlType.VARCHAR, Dialects.H2)).isEqualTo("'x'");
        assertThat(EntityTables.literal("2024-01-01", SqlType.DATE, Dialects.H2)).isEqualTo("'2024-01-01'");
    }

    @Test
    void literalDefaultsNeverPassSqlThrough() {
        assertThat(EntityTables.literal("-1.5", SqlType.DOUBLE, Dialects.H2)).isEqualTo("-1.5");
        assertThat(EntityTables.literal("1e3", SqlType.DECIMAL, Dialects.H2)).isEqualTo("1e3");
        assertThat(EntityTables.literal("FALSE", SqlType.BOOLEAN, Dialects.H2)).isEqualTo("FALSE");
        assertThat(EntityTables.literal("1 + 1", SqlType.INTEGER, Dialects.H2)).isEqualTo("'1 + 1'");
        assertThat(EntityTables.literal("0); DROP TABLE x; --", SqlType.BIGINT, Dialects.POSTGRES))
                .isEqualTo("'0); DROP TABLE x; --'");
        assertThat(EntityTables.literal("yes", SqlType.BOOLEAN, Dialects.H2)).isEqualTo("'yes'");
        assertThat(EntityTables.literal("'a' || current_user || 'b'", SqlType.TEXT, Dialects.H2))
                .isEqualTo("'''a'' || current_user || ''b'''");
        assertThat(EntityTables.literal("'it''s'", SqlType.TEXT, Dialects.H2)).isEqualTo("'it''s'");
        assertThat(EntityTables.literal("'", SqlType.TEXT, Dialects.H2)).isEqualTo("''''");
    }

    @Test
    void textWithABackslashIsAnEscapeStringOnPostgresAndTextWithASemicolonAUnicodeStringOnH2() {
        String hostile = "\\' NOT NULL); DROP TABLE t; --";
        assertThat(EntityTables.literal(hostile, SqlType.TEXT, Dialects.POSTGRES))
                .isEqualTo("E'\\\\'' NOT NULL); DROP TABLE t; --'");
        assertThat(EntityTables.literal(hostile, SqlType.TEXT, Dialects.H2))
                .isEqualTo("U&'\\\\'' NOT NULL)\\003B DROP TABLE t\\003B --'");
        assertThat(EntityTables.literal("C:\\temp", SqlType.TEXT, Dialects.H2)).isEqualTo("'C:\\temp'");
        assertThat(EntityTables.literal("0); DROP TABLE x; --\\", SqlType.BIGINT, Dialects.POSTGRES))
                .isEqualTo("E'0); DROP TABLE x; --\\\\'");
        assertThat(EntityTables.literal("it's", SqlType.TEXT, Dialects.POSTGRES)).isEqualTo("'it''s'");
    }

    @Test
    void aQuotedLiteralStandsForItsTextAndIsQuotedAgainForTheDialect() {
        // As written it is unsafe: with standard_conforming_strings=off, '\'' is a complete literal (one quote).
        String quoted = "'\\'' ; DROP TABLE t; --'";
        assertThat(EntityTables.literal(quoted, SqlType.TEXT, Dialects.POSTGRES))
                .isEqualTo("E'\\\\'' ; DROP TABLE t; --'");
        assertThat(EntityTables.literal(quoted, SqlType.TEXT, Dialects.H2))
                .isEqualTo("U&'\\\\'' \\003B DROP TABLE t\\003B --'");
        assertThat(EntityTables.literal("'a\\b'", SqlType.TEXT, Dialects.H2)).isEqualTo("'a\\b'");
        assertThat(EntityTables.literal("'it''s'", SqlType.TEXT, Dialects.POSTGRES)).isEqualTo("'it''s'");
    }
}
