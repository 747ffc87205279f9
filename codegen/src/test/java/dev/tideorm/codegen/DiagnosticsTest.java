package dev.tideorm.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic: the message, and where it is reported. */
class DiagnosticsTest {
    private static final String IMPORTS = "import dev.tideorm.core.annotation.*; import dev.tideorm.core.model.*; "
            + "import java.util.*;";

    /** A source in package {@code p}; line 1 is the package and imports, so {@code lines[i]} is on line i + 2. */
    private static JavaFileObject src(String simpleName, String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = "package p; " + IMPORTS;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return Fixtures.source("p." + simpleName, all);
    }

    private static final JavaFileObject USER = src("User",
            "@Entity",
            "public record User(@PrimaryKey Integer id, String name) {}");

    private static Compilation compile(JavaFileObject... files) {
        return Fixtures.compile(files);
    }

    @Test
    void entityMustBeARecord() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public class Cake {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("@Entity goes on a record, and Cake is a class").inFile(f).onLine(2);
        assertThat(c).hadErrorCount(1);
    }
    @Test
    void entityNeedsAPrimaryKey() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(Integer id, String name) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("Cake has no primary key: add @PrimaryKey to the key component")
                .inFile(f).onLine(2);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void belongsToFromMustNameAColumnComponent() {
        JavaFileObject f = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id,",
                "        Integer userId,",
                "        @BelongsTo(from = \"usrId\") HasOne<User> author) {}");
        Compilation c = compile(f, USER);
        assertThat(c).hadErrorContaining("@BelongsTo(from = \"usrId\"): Post has no column component named usrId; "
                + "columns: [id, userId]").inFile(f).onLine(5);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void belongsToToMustNameAComponentOfTheTarget() {
        JavaFileObject f = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id,",
                "        Integer userId,",
                "        @BelongsTo(from = \"userId\", to = \"idd\") HasOne<User> author) {}");
        Compilation c = compile(f, USER);
        assertThat(c).hadErrorContaining("@BelongsTo(to = \"idd\"): User has no column component named idd; "
                + "columns: [id, name]").inFile(f).onLine(5);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void belongsToArityMustMatchTheTargetKey() {
        JavaFileObject pair = src("Pair",
                "@Entity",
                "public record Pair(@PrimaryKey Integer a, @PrimaryKey Integer b) {}");
        JavaFileObject f = src("Item",
                "@Entity",
                "public record Item(@PrimaryKey Integer id,",
                "        Integer pairA,",
                "        @BelongsTo(from = \"pairA\") HasOne<Pair> pair) {}");
        Compilation c = compile(f, pair);
        assertThat(c).hadErrorContaining("@BelongsTo(from = \"pairA\") lists 1 component(s) but the primary key of "
                + "Pair has 2 [a, b]: list the "
                + "referenced components in to").inFile(f).onLine(5);
    }

    @Test
    void belongsToNeedsAHasOne() {
        JavaFileObject f = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id,",
                "        Integer userId,",
                "        @BelongsTo(from = \"userId\") HasMany<User> authors) {}");
        Compilation c = compile(f, USER);
        assertThat(c).hadErrorContaining("@BelongsTo needs a HasOne<T> component").inFile(f).onLine(5);
    }

    @Test
    void viaMustNameAnEntity() {
        JavaFileObject f = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id,",
                "        @Via(String.class) HasMany<User> users) {}");
        Compilation c = compile(f, USER);
        assertThat(c).hadErrorContaining("@Via(String.class): String is not an @Entity; the junction must be an "
                + "@Entity record with a @BelongsTo to each side").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void viaJunctionMustBelongToBothSides() {
        JavaFileObject tag = src("Tag",
                "@Entity",
                "public record Tag(@PrimaryKey Integer id) {}");
        JavaFileObject postTag = src("PostTag",
                "@Entity",
                "public record PostTag(@PrimaryKey(autoIncrement = false) Integer postId,",
                "        @PrimaryKey(autoIncrement = false) Integer tagId,",
                "        @BelongsTo(from = \"postId\") HasOne<Post> post) {}");
        JavaFileObject f = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id,",
                "        @Via(PostTag.class) HasMany<Tag> tags) {}");
        Compilation c = compile(f, tag, postTag);
        assertThat(c).hadErrorContaining("@Via(PostTag.class): PostTag has no @BelongsTo to Tag; a junction needs a "
                + "@BelongsTo to each side").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void selfManyToManyNeedsFromAndTo() {
        JavaFileObject follower = src("UserFollower",
                "@Entity",
                "public record UserFollower(@PrimaryKey(autoIncrement = false) Integer userId,",
                "        @PrimaryKey(autoIncrement = false) Integer followerId,",
                "        @BelongsTo(from = \"userId\") HasOne<Person> user,",
                "        @BelongsTo(from = \"followerId\") HasOne<Person> follower) {}");
        JavaFileObject f = src("Person",
                "@Entity",
                "public record Person(@PrimaryKey Integer id,",
                "        @Via(UserFollower.class) HasMany<Person> followers) {}");
        Compilation c = compile(f, follower);
        assertThat(c).hadErrorContaining("@Via(UserFollower.class) is ambiguous: UserFollower has several @BelongsTo "
                + "to Person [user, follower]: name them with @Via(value = UserFollower.class, from = \"...\", "
                + "to = \"...\")").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void viaFromMustNameABelongsToOfTheJunction() {
        JavaFileObject follower = src("UserFollower",
                "@Entity",
                "public record UserFollower(@PrimaryKey(autoIncrement = false) Integer userId,",
                "        @PrimaryKey(autoIncrement = false) Integer followerId,",
                "        @BelongsTo(from = \"userId\") HasOne<Person> user,",
                "        @BelongsTo(from = \"followerId\") HasOne<Person> follower) {}");
        JavaFileObject f = src("Person",
                "@Entity",
                "public record Person(@PrimaryKey Integer id,",
                "        @Via(value = UserFollower.class, from = \"usr\", to = \"follower\")",
                "        HasMany<Person> followers) {}");
        Compilation c = compile(f, follower);
        assertThat(c).hadErrorContaining("@Via(from = \"usr\"): UserFollower has no @BelongsTo component named usr "
                + "pointing to Person; candidates: [user, follower]").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void unsupportedComponentTypeSaysWhatIsSupported() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        List<String> tags) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("column tags: unsupported type java.util.List<java.lang.String>: a column "
                + "can be boolean, short, int, long").inFile(f).onLine(4);
        assertThat(c).hadErrorContaining("dev.tideorm.core.json.JsonText, Java enums");
        assertThat(c).hadErrorContaining("Store other types as JSON with @Column(json = true) (through the JsonCodec "
                + "of tideorm-jackson), convert them with @Convert(YourConverter.class), wrap them in a @ValueType "
                + "record, or mark the component @Ignore to leave it out of the table");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void valueTypeNeedsExactlyOneComponent() {
        JavaFileObject money = src("Money",
                "@ValueType",
                "public record Money(long amount, String currency) {}");
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        Money price) {}");
        Compilation c = compile(f, money);
        assertThat(c).hadErrorContaining("@ValueType record Money must have exactly one component (it has 2)")
                .inFile(f).onLine(4);
    }

    @Test
    void valueTypeCannotWrapAValueType() {
        JavaFileObject chain = src("Chain",
                "@ValueType",
                "public record Chain(Chain next) {}");
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        Chain chain) {}");
        Compilation c = compile(f, chain);
        assertThat(c).hadErrorContaining("the component Chain.next of @ValueType record Chain must be a basic type")
                .inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void activeEnumMustNotBeRaw() {
        JavaFileObject level = src("Level",
                "@SuppressWarnings(\"rawtypes\") public enum Level implements ActiveEnum {",
                "    LOW; public Object dbValue() { return 1; } }");
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        Level level) {}");
        Compilation c = compile(f, level);
        assertThat(c).hadErrorContaining("enum Level implements the raw type ActiveEnum: declare ActiveEnum<Integer> "
                + "or ActiveEnum<String>").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void columnSizesCannotBeNegative() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        @Column(precision = 5, scale = -1) java.math.BigDecimal price) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("column price: @Column(scale = -1) cannot be negative").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void decimalScaleCannotExceedPrecision() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        @Column(precision = 2, scale = 4) java.math.BigDecimal price) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("column price: @Column(scale = 4) exceeds precision 2").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void activeEnumMustStoreIntegerOrString() {
        JavaFileObject level = src("Level",
                "public enum Level implements ActiveEnum<Long> {",
                "    LOW; public Long dbValue() { return 1L; } }");
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        Level level) {}");
        Compilation c = compile(f, level);
        assertThat(c).hadErrorContaining("enum Level implements ActiveEnum<java.lang.Long>; ActiveEnum supports "
                + "Integer or String database values").inFile(f).onLine(4);
    }

    @Test
    void jsonNeedsAnObjectNotAPrimitive() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        @Column(json = true) int data) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("column data: @Column(json = true) stores an object as JSON, and int is a "
                + "primitive: declare a String, a JsonText, or a record, List or Map converted by the JsonCodec "
                + "(tideorm-jackson)").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void relationTargetMustBeAnEntity() {
        JavaFileObject plain = src("Plain",
                "public record Plain(Integer id) {}");
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        HasOne<Plain> plain) {}");
        Compilation c = compile(f, plain);
        assertThat(c).hadErrorContaining("relation plain targets Plain, which is not an @Entity: annotate Plain with "
                + "@Entity, or mark plain @Ignore").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void hasManyNeedsABackReference() {
        JavaFileObject post = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id, Integer userId) {}");
        JavaFileObject f = src("Author",
                "@Entity",
                "public record Author(@PrimaryKey Integer id,",
                "        HasMany<Post> posts) {}");
        Compilation c = compile(f, post);
        assertThat(c).hadErrorContaining("relation posts (HasMany<Post>) needs a @BelongsTo back to Author on Post, "
                + "which has none: add e.g. `@BelongsTo(from = \"authorId\") HasOne<Author> author` to Post, or use "
                + "@Via(Junction.class)").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void hasOneWithoutBackReferenceSuggestsBelongsToHere() {
        JavaFileObject profile = src("Profile",
                "@Entity",
                "public record Profile(@PrimaryKey Integer id) {}");
        JavaFileObject f = src("Author",
                "@Entity",
                "public record Author(@PrimaryKey Integer id,",
                "        HasOne<Profile> profile) {}");
        Compilation c = compile(f, profile);
        assertThat(c).hadErrorContaining("or put @BelongsTo(from = ...) on profile if Author holds the foreign key")
                .inFile(f).onLine(4);
    }

    @Test
    void ambiguousBackReferenceSuggestsMappedBy() {
        JavaFileObject post = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id, Integer authorId, Integer editorId,",
                "        @BelongsTo(from = \"authorId\") HasOne<Writer> author,",
                "        @BelongsTo(from = \"editorId\") HasOne<Writer> editor) {}");
        JavaFileObject f = src("Writer",
                "@Entity",
                "public record Writer(@PrimaryKey Integer id,",
                "        HasMany<Post> posts) {}");
        Compilation c = compile(f, post);
        assertThat(c).hadErrorContaining("relation posts (HasMany<Post>) is ambiguous: Post has several @BelongsTo "
                + "relations to Writer [author, editor]: add @MappedBy(\"author\") to posts to pick one")
                .inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void mappedByMustNameABelongsToBack() {
        JavaFileObject post = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id, Integer authorId,",
                "        @BelongsTo(from = \"authorId\") HasOne<Writer> author) {}");
        JavaFileObject f = src("Writer",
                "@Entity",
                "public record Writer(@PrimaryKey Integer id,",
                "        @MappedBy(\"writer\") HasMany<Post> posts) {}");
        Compilation c = compile(f, post);
        assertThat(c).hadErrorContaining("@MappedBy(\"writer\"): Post has no @BelongsTo component named writer "
                + "pointing to Writer; candidates: [author]").inFile(f).onLine(4);
    }

    @Test
    void uniqueKeyMustNameColumnComponents() {
        JavaFileObject f = src("FilmActor",
                "@Entity",
                "@UniqueKey(name = \"pair\", columns = {\"filmId\", \"actor\"})",
                "public record FilmActor(@PrimaryKey Integer id, Integer filmId, Integer actorId) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("@UniqueKey(name = \"pair\"): FilmActor has no column component named "
                + "actor; columns: [id, filmId, actorId]").inFile(f).onLine(3);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void behaviorMustImplementActiveModelBehavior() {
        JavaFileObject hooks = src("Hooks",
                "public class Hooks {}");
        JavaFileObject f = src("Cake",
                "@Entity(behavior = Hooks.class)",
                "public record Cake(@PrimaryKey Integer id) {}");
        Compilation c = compile(f, hooks);
        assertThat(c).hadErrorContaining("behavior Hooks does not implement ActiveModelBehavior<Cake> (declare "
                + "`public class Hooks implements ActiveModelBehavior<Cake>` with a public no-argument constructor)")
                .inFile(f).onLine(2);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void behaviorNeedsAPublicNoArgumentConstructor() {
        JavaFileObject hooks = src("Hooks",
                "public class Hooks implements ActiveModelBehavior<Cake> { public Hooks(int x) {} }");
        JavaFileObject f = src("Cake",
                "@Entity(behavior = Hooks.class)",
                "public record Cake(@PrimaryKey Integer id) {}");
        Compilation c = compile(f, hooks);
        assertThat(c).hadErrorContaining("behavior Hooks needs a public no-argument constructor").inFile(f).onLine(2);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void behaviorMustBeConcrete() {
        JavaFileObject hooks = src("Hooks",
                "public abstract class Hooks implements ActiveModelBehavior<Cake> {}");
        JavaFileObject f = src("Cake",
                "@Entity(behavior = Hooks.class)",
                "public record Cake(@PrimaryKey Integer id) {}");
        Compilation c = compile(f, hooks);
        assertThat(c).hadErrorContaining("behavior Hooks must be a concrete, non-generic class").inFile(f).onLine(2);
    }

    @Test
    void primaryKeyCannotBeNullable() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(",
                "        @PrimaryKey @Column(nullable = true) Integer id) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("primary key column id cannot be nullable").inFile(f).onLine(4);
    }

    @Test
    void primitivesCannotBeNullable() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        @Column(nullable = true) int size) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("column size has a primitive type, which cannot hold NULL: use the boxed "
                + "type").inFile(f).onLine(4);
    }

    @Test
    void columnNamesMustBeDistinct() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        String name,",
                "        @Column(name = \"name\") String title) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("column name name is used by both name and title: give one a different "
                + "@Column(name = ...)").inFile(f).onLine(5);
    }

    @Test
    void componentNamesMustNotClashWithActiveModelMethods() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        String meta) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("component name meta clashes with CakeActiveModel.meta() inherited from "
                + "ActiveModel: rename the component").inFile(f).onLine(4);
    }

    @Test
    void componentNamedEntityClashesWithTheEntityConstant() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        String entity) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("entity and the entity constant both become the constant Cake_.ENTITY")
                .inFile(f).onLine(4);
    }

    @Test
    void columnOptionsOnARelationAreMisplaced() {
        JavaFileObject f = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id, Integer userId,",
                "        @Unique @BelongsTo(from = \"userId\") HasOne<User> user) {}");
        Compilation c = compile(f, USER);
        assertThat(c).hadErrorContaining("@Unique is misplaced: user is a relation; column options apply to column "
                + "components").inFile(f).onLine(4);
    }

    @Test
    void relationOptionsOnAColumnAreMisplaced() {
        JavaFileObject f = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id,",
                "        @MappedBy(\"x\") Integer userId) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("@MappedBy is misplaced: relation annotations go on a HasOne<T> or "
                + "HasMany<T> component").inFile(f).onLine(4);
    }

    @Test
    void anInvalidEntityGetsAStubSoItsUsersAddNoErrors() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(Integer id) {}");
        JavaFileObject user = src("Shop",
                "public class Shop {",
                "    Object meta = Cake_.ENTITY;",
                "    CakeActiveModel model = CakeActiveModel.builder();",
                "}");
        Compilation c = compile(f, user);
        assertThat(c).hadErrorContaining("Cake has no primary key").inFile(f).onLine(2);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void anEntityRelatedToAnInvalidEntityReportsNothingOfItsOwn() {
        JavaFileObject broken = src("Cake",
                "@Entity",
                "public record Cake(Integer id, HasMany<Fruit> fruits) {}");
        JavaFileObject fruit = src("Fruit",
                "@Entity",
                "public record Fruit(@PrimaryKey Integer id, Integer cakeId,",
                "        @BelongsTo(from = \"cakeId\") HasOne<Cake> cake) {}");
        Compilation c = compile(broken, fruit);
        assertThat(c).hadErrorContaining("Cake has no primary key").inFile(broken).onLine(2);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void validEntitiesCompileWithoutWarnings() {
        JavaFileObject post = src("Post",
                "@Entity",
                "public record Post(@PrimaryKey Integer id, Integer userId,",
                "        @BelongsTo(from = \"userId\") HasOne<User> author) {}");
        assertThat(compile(post, USER)).succeededWithoutWarnings();
    }

    @Test
    void nestedAndPackagePrivateEntitiesGetGeneratedClassesToo() {
        JavaFileObject f = src("Shop",
                "public class Shop {",
                "    @Entity record Cake(@PrimaryKey Integer id, HasMany<Fruit> fruits) {}",
                "    @Entity record Fruit(@PrimaryKey Integer id, Integer cakeId,",
                "            @BelongsTo(from = \"cakeId\") HasOne<Cake> cake) {}",
                "    Object use = Shop_Cake_.findById(1);",
                "    Object model = Shop_FruitActiveModel.builder().setCakeId(2);",
                "}");
        Compilation c = compile(f);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("p.Shop_Cake_").contentsAsUtf8String().contains("final class Shop_Cake_");
    }

    @Test
    void genericEntitiesAreRejectedWithoutAStub() {
        JavaFileObject f = src("Box",
                "@Entity",
                "public record Box<T>(@PrimaryKey Integer id) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("an entity record cannot be generic: remove the type parameters of Box")
                .inFile(f).onLine(2);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void entityNamesThatClashWithRuntimeTypesAreQualified() {
        JavaFileObject relation = src("Relation",
                "@Entity",
                "public record Relation(@PrimaryKey Integer id, String name, HasMany<Select> selects) {}");
        JavaFileObject select = src("Select",
                "@Entity",
                "public record Select(@PrimaryKey Integer id, Integer relationId,",
                "        @BelongsTo(from = \"relationId\") HasOne<Relation> relation) {}");
        assertThat(compile(relation, select)).succeededWithoutWarnings();
    }

    @Test
    void anUnresolvedTypeIsLeftToJavac() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        Missing thing) {}");
        Compilation c = compile(f);
        assertThat(c).hadErrorContaining("cannot find symbol").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void anEntityWaitsForTypesGeneratedInALaterRound() {
        JavaFileObject f = src("Cake",
                "@Entity",
                "public record Cake(@PrimaryKey Integer id,",
                "        Code code) {}");
        Compilation c = javac().withProcessors(new EntityProcessor(), new CodeGenerator())
                .withOptions("-Xlint:all,-processing").compile(f);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("p.Cake_").contentsAsUtf8String()
                .contains("ValueConverter.<Code, String>of(String.class, Code::value, Code::new)");
    }

    /** Generates the value type {@code p.Code} in the first round, as another annotation processor might. */
    @SupportedAnnotationTypes("*")
    static final class CodeGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer w = processingEnv.getFiler().createSourceFile("p.Code").openWriter()) {
                    w.write("package p; @dev.tideorm.core.annotation.ValueType public record Code(String value) {}");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
