package dev.tideorm.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Entities of unusual but valid shapes: the generated code compiles, without warnings, and says what it should. */
class EdgeCaseEntitiesTest {
    private static final String IMPORTS = "import dev.tideorm.core.annotation.*; import dev.tideorm.core.model.*; "
            + "import org.jspecify.annotations.Nullable;";

    /** A source named {@code qualifiedName} (no dot: the unnamed package), its lines after the imports. */
    private static JavaFileObject src(String qualifiedName, String... lines) {
        int dot = qualifiedName.lastIndexOf('.');
        String[] all = new String[lines.length + 1];
        all[0] = (dot < 0 ? "" : "package " + qualifiedName.substring(0, dot) + "; ") + IMPORTS;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return Fixtures.source(qualifiedName, all);
    }

    @Test
    void aRelationWhoseSingularIsAKeywordGetsAUsableParameterName() {
        Compilation c = Fixtures.compile(
                src("p.School", "@Entity public record School(@PrimaryKey Long id, HasMany<Course> classes,",
                        "        HasMany<Rule> cases) {}"),
                src("p.Course", "@Entity public record Course(@PrimaryKey Long id, Long schoolId,",
                        "        @BelongsTo(from = \"schoolId\") HasOne<School> school) {}"),
                src("p.Rule", "@Entity public record Rule(@PrimaryKey Long id, Long schoolId,",
                        "        @BelongsTo(from = \"schoolId\") HasOne<School> school) {}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("p.SchoolActiveModel").contentsAsUtf8String()
                .contains("public SchoolActiveModel addClass(CourseActiveModel class_) {");
        assertThat(c).generatedSourceFile("p.SchoolActiveModel").contentsAsUtf8String()
                .contains("public SchoolActiveModel addCase(RuleActiveModel case_) {");
    }

    @Test
    void anEntityNamedLikeAJavaLangTypeDoesNotCaptureTheGeneratedReferences() {
        Compilation c = Fixtures.compile(
                src("q.Override", "@Entity public record Override(@PrimaryKey java.lang.Long id,",
                        "        java.lang.@Nullable Long objectId,",
                        "        @BelongsTo(from = \"objectId\") HasOne<Object> object) {}"),
                src("q.Object", "@Entity public record Object(@PrimaryKey java.lang.Long id,",
                        "        @Unique java.lang.String code, HasMany<Override> overrides) {}"),
                src("q.Long", "public final class Long {}"),
                src("q.SuppressWarnings", "public final class SuppressWarnings {}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("q.Object_").contentsAsUtf8String()
                .contains("Column<Object, java.lang.Long> ID");
    }

    @Test
    void aCapitalisedUniqueComponentDoesNotShadowItsConstantInTheFinders() {
        Compilation c = Fixtures.compile(
                src("w.Book", "@Entity public record Book(@PrimaryKey Long id, @Unique String ISBN) {}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("w.Book_").contentsAsUtf8String()
                .contains("return Select.of(ENTITY).filter(Book_.ISBN.eq(ISBN));");
    }

    @Test
    void aColumnNamedIdBesideARelationNamedIds() {
        Compilation c = Fixtures.compile(
                src("r.Node", "@Entity public record Node(@PrimaryKey Long id, @Nullable Long parentId,",
                        "        @BelongsTo(from = \"parentId\") HasOne<Node> parent, HasMany<Node> ids) {}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("r.NodeActiveModel").contentsAsUtf8String()
                .contains("public NodeActiveModel addId(NodeActiveModel id) {");
    }

    @Test
    void entitiesInTheUnnamedPackage() {
        Compilation c = Fixtures.compile(
                src("Gadget", "@Entity public record Gadget(@PrimaryKey Long id, @Unique String name,",
                        "        HasMany<Part> parts) {}"),
                src("Part", "@Entity public record Part(@PrimaryKey Long id, Long gadgetId,",
                        "        @BelongsTo(from = \"gadgetId\") HasOne<Gadget> gadget) {}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("TideEntityIndex_").contentsAsUtf8String()
                .contains("The entities of the unnamed package");
    }

    @Test
    void relationsAcrossNestedPackages() {
        Compilation c = Fixtures.compile(
                src("a.b.c.Author", "@Entity public record Author(@PrimaryKey Long id,",
                        "        HasMany<x.y.Book> books) {}"),
                src("x.y.Book", "@Entity public record Book(@PrimaryKey Long id, Long authorId,",
                        "        @BelongsTo(from = \"authorId\") HasOne<a.b.c.Author> author) {}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("a.b.c.Author_").contentsAsUtf8String()
                .contains("import x.y.Book_;");
    }

    @Test
    void selfReferencingManyToManyWithViaFromAndTo() {
        Compilation c = Fixtures.compile(
                src("s.User", "@Entity public record User(@PrimaryKey Long id,",
                        "        @Via(value = UserFollower.class, from = \"user\", to = \"follower\") "
                                + "HasMany<User> followers,",
                        "        @Via(value = UserFollower.class, from = \"follower\", to = \"user\") "
                                + "HasMany<User> following) {}"),
                src("s.UserFollower", "@Entity public record UserFollower(",
                        "        @PrimaryKey(autoIncrement = false) Long userId,",
                        "        @PrimaryKey(autoIncrement = false) Long followerId,",
                        "        @BelongsTo(from = \"userId\") HasOne<User> user,",
                        "        @BelongsTo(from = \"followerId\") HasOne<User> follower) {}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("s.User_").contentsAsUtf8String()
                .contains(".junction(() -> UserFollower_.ENTITY, List.of(\"user_id\"), List.of(\"follower_id\"))");
        assertThat(c).generatedSourceFile("s.User_").contentsAsUtf8String()
                .contains(".junction(() -> UserFollower_.ENTITY, List.of(\"follower_id\"), List.of(\"user_id\"))");
        assertThat(c).generatedSourceFile("s.UserActiveModel").contentsAsUtf8String()
                .contains("public UserActiveModel addFollowing(UserActiveModel following) {");
    }

    @Test
    void twoBelongsToTheSameTargetAndACompositeForeignKey() {
        Compilation c = Fixtures.compile(
                src("t.Match", "@Entity public record Match(@PrimaryKey Long id, Long homeId, Long awayId,",
                        "        @BelongsTo(from = \"homeId\") HasOne<Team> home,",
                        "        @BelongsTo(from = \"awayId\") HasOne<Team> away,",
                        "        @Nullable Integer pairA, Integer pairB,",
                        "        @BelongsTo(from = {\"pairA\", \"pairB\"}, to = {\"a\", \"b\"}) HasOne<Pair> pair) {}"),
                src("t.Team", "@Entity public record Team(@PrimaryKey Long id,",
                        "        @MappedBy(\"home\") HasMany<Match> homeMatches,",
                        "        @MappedBy(\"away\") HasMany<Match> awayMatches) {}"),
                src("t.Pair", "@Entity public record Pair(@PrimaryKey(autoIncrement = false) Integer a,",
                        "        @PrimaryKey(autoIncrement = false) Integer b, HasMany<Match> matches) {}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("t.Match_").contentsAsUtf8String()
                .contains(".keys(List.of(\"pair_a\", \"pair_b\"), List.of(\"a\", \"b\"))\n            .optional(true)");
        assertThat(c).generatedSourceFile("t.Pair_").contentsAsUtf8String()
                .contains(".keys(List.of(\"a\", \"b\"), List.of(\"pair_a\", \"pair_b\"))");
    }

    @Test
    void primitiveColumnsAndIgnoredComponentsOfEveryPrimitiveType() {
        Compilation c = Fixtures.compile(
                src("u.Prim", "@Entity public record Prim(@PrimaryKey int id, boolean b, short s, long l, float f,",
                        "        double d, @Ignore boolean ib, @Ignore byte iby, @Ignore short is, @Ignore char ic,",
                        "        @Ignore int ii, @Ignore long il, @Ignore float ifl, @Ignore double idb,",
                        "        @Ignore java.util.List<String> il2) {}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("u.Prim_").contentsAsUtf8String()
                .contains("false, (byte) 0, (short) 0, (char) 0, 0, 0L, 0F,");
    }

    @Test
    void sqlReservedWordsAsTableAndColumnNames() {
        Compilation c = Fixtures.compile(
                src("v.Order", "@Entity(table = \"order\") public record Order(",
                        "        @PrimaryKey @Column(name = \"select\") Long id, @Column(name = \"from\") String from,",
                        "        @Unique String group, String user) {}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("v.Order_").contentsAsUtf8String()
                .contains("public static Select<Order> findByGroup(String group) {");
    }
}
