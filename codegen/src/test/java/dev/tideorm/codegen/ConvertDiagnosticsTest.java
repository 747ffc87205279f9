package dev.tideorm.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per {@code @Convert} diagnostic: the message, and where it is reported (the annotation's line). */
class ConvertDiagnosticsTest {
    private static final String IMPORTS = "import dev.tideorm.core.annotation.*; import dev.tideorm.core.meta.*; "
            + "import java.math.*; import java.util.*;";

    /** A source in package {@code p}; line 1 is the package and imports, so {@code lines[i]} is on line i + 2. */
    private static JavaFileObject src(String simpleName, String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = "package p; " + IMPORTS;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return Fixtures.source("p." + simpleName, all);
    }

    private static final JavaFileObject MONEY = src("Money",
            "public record Money(BigDecimal amount, String currency) {}");

    /** An invoice whose {@code total} (line 4) is converted by {@code converter}. */
    private static JavaFileObject invoice(String converter) {
        return src("Invoice",
                "@Entity",
                "public record Invoice(@PrimaryKey Integer id,",
                "        @Convert(" + converter + ".class) Money total) {}");
    }

    private static Compilation compile(JavaFileObject... files) {
        return Fixtures.compile(files);
    }

    @Test
    void aWorkingConverterCompilesWithoutWarnings() {
        JavaFileObject conv = src("MoneyText",
                "public final class MoneyText implements ColumnConverter<Money, String> {",
                "    public String toDb(Money m) { return m.amount() + \" \" + m.currency(); }",
                "    public Money fromDb(String s) { return new Money(new BigDecimal(s.split(\" \")[0]), \"EUR\"); } }");
        assertThat(compile(invoice("MoneyText"), MONEY, conv)).succeededWithoutWarnings();
    }

    @Test
    void theConverterMustBeAColumnConverter() {
        JavaFileObject conv = src("NotAConverter",
                "public final class NotAConverter {}");
        JavaFileObject f = invoice("NotAConverter");
        Compilation c = compile(f, MONEY, conv);
        // javac itself, from the bound of @Convert's value; the processor adds nothing.
        assertThat(c).hadErrorContaining("incompatible types: java.lang.Class<p.NotAConverter> cannot be converted "
                + "to java.lang.Class<? extends dev.tideorm.core.meta.ColumnConverter<?,?>>").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void theConverterMustConvertTheComponentsType() {
        JavaFileObject conv = src("LongText",
                "public final class LongText implements ColumnConverter<Long, String> {",
                "    public String toDb(Long v) { return v.toString(); }",
                "    public Long fromDb(String s) { return Long.valueOf(s); } }");
        JavaFileObject f = invoice("LongText");
        Compilation c = compile(f, MONEY, conv);
        assertThat(c).hadErrorContaining("column total: @Convert(LongText.class): LongText converts java.lang.Long, "
                + "but the component total is p.Money: the converter must implement ColumnConverter<p.Money, D>")
                .inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void theStoredTypeMustBeAColumnType() {
        JavaFileObject conv = src("MoneyParts",
                "public final class MoneyParts implements ColumnConverter<Money, List<String>> {",
                "    public List<String> toDb(Money m) { return List.of(m.currency()); }",
                "    public Money fromDb(List<String> s) { return new Money(BigDecimal.ONE, s.get(0)); } }");
        JavaFileObject f = invoice("MoneyParts");
        Compilation c = compile(f, MONEY, conv);
        assertThat(c).hadErrorContaining("column total: @Convert(MoneyParts.class): MoneyParts stores "
                + "java.util.List<java.lang.String>, which a column cannot hold: unsupported type "
                + "java.util.List<java.lang.String>: a column can be boolean").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void theConverterNeedsAPublicNoArgumentConstructor() {
        JavaFileObject conv = src("Rates",
                "public final class Rates implements ColumnConverter<Money, String> {",
                "    private final String currency;",
                "    public Rates(String currency) { this.currency = currency; }",
                "    public String toDb(Money m) { return m.amount().toString(); }",
                "    public Money fromDb(String s) { return new Money(new BigDecimal(s), currency); } }");
        JavaFileObject f = invoice("Rates");
        Compilation c = compile(f, MONEY, conv);
        assertThat(c).hadErrorContaining("column total: @Convert(Rates.class): Rates needs a public no-argument "
                + "constructor: the generated metamodel creates the converter once with `new Rates()`")
                .inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void theConverterMustBeConcrete() {
        JavaFileObject conv = src("BaseText",
                "public abstract class BaseText implements ColumnConverter<Money, String> {",
                "    public String toDb(Money m) { return m.amount().toString(); } }");
        JavaFileObject f = invoice("BaseText");
        Compilation c = compile(f, MONEY, conv);
        assertThat(c).hadErrorContaining("column total: @Convert(BaseText.class): BaseText is not a concrete class: "
                + "the generated metamodel creates the converter with `new BaseText()`").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void theConverterMustBeVisibleToTheMetamodel() {
        JavaFileObject f = src("Invoice",
                "@Entity",
                "public record Invoice(@PrimaryKey Integer id,",
                "        @Convert(Invoice.Hidden.class) Money total) {",
                "    private static final class Hidden implements ColumnConverter<Money, String> {",
                "        public String toDb(Money m) { return m.amount().toString(); }",
                "        public Money fromDb(String s) { return new Money(new BigDecimal(s), \"EUR\"); } } }");
        Compilation c = compile(f, MONEY);
        assertThat(c).hadErrorContaining("column total: @Convert(Hidden.class): Hidden is not visible to the "
                + "generated metamodel: make it public (or package-private in the entity's package)")
                .inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void theConverterMustNotBeAnInnerClass() {
        JavaFileObject f = src("Invoice",
                "@Entity",
                "public record Invoice(@PrimaryKey Integer id,",
                "        @Convert(Holder.Inner.class) Money total) {}",
                "class Holder {",
                "    public final class Inner implements ColumnConverter<Money, String> {",
                "        public String toDb(Money m) { return m.amount().toString(); }",
                "        public Money fromDb(String s) { return new Money(new BigDecimal(s), \"EUR\"); } } }");
        Compilation c = compile(f, MONEY);
        assertThat(c).hadErrorContaining("column total: @Convert(Inner.class): Inner is an inner class: declare it "
                + "static, or top-level").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aGenericConverterIsRefused() {
        JavaFileObject conv = src("AnyText",
                "public final class AnyText<X> implements ColumnConverter<Money, String> {",
                "    public String toDb(Money m) { return m.amount().toString(); }",
                "    public Money fromDb(String s) { return new Money(new BigDecimal(s), \"EUR\"); } }");
        JavaFileObject f = invoice("AnyText");
        Compilation c = compile(f, MONEY, conv);
        // javac itself: the raw AnyText is not a ColumnConverter<?, ?>, and the processor adds nothing.
        assertThat(c).hadErrorContaining("incompatible types: java.lang.Class<p.AnyText> cannot be converted to "
                + "java.lang.Class<? extends dev.tideorm.core.meta.ColumnConverter<?,?>>").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void convertIsMisplacedOnARelation() {
        JavaFileObject user = src("User",
                "@Entity",
                "public record User(@PrimaryKey Integer id) {}");
        JavaFileObject conv = src("MoneyText",
                "public final class MoneyText implements ColumnConverter<Money, String> {",
                "    public String toDb(Money m) { return m.amount().toString(); }",
                "    public Money fromDb(String s) { return new Money(new BigDecimal(s), \"EUR\"); } }");
        JavaFileObject f = src("Invoice",
                "@Entity",
                "public record Invoice(@PrimaryKey Integer id, Integer userId,",
                "        @Convert(MoneyText.class) @BelongsTo(from = \"userId\") dev.tideorm.core.model.HasOne<User> user) {}");
        Compilation c = compile(f, user, MONEY, conv);
        assertThat(c).hadErrorContaining("@Convert is misplaced: user is a relation; column options apply to column "
                + "components").inFile(f).onLine(4);
        assertThat(c).hadErrorCount(1);
    }
}
