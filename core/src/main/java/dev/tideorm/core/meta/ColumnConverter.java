package dev.tideorm.core.meta;

/**
 * A user-defined conversion between a component's Java type and a type the database stores, named by
 * {@link dev.tideorm.core.annotation.Convert @Convert} on the component. The generated metamodel creates the
 * converter once, with its public no-argument constructor, and calls it for every value: keep it stateless,
 * thread-safe and non-blocking.
 *
 * <pre>{@code
 * public final class MoneyConverter implements ColumnConverter<Money, String> {
 *     public String toDb(Money m) { return m.amount() + " " + m.currency(); }
 *     public Money fromDb(String s) { String[] p = s.split(" "); return new Money(new BigDecimal(p[0]), p[1]); }
 * }
 * @Entity public record Invoice(@PrimaryKey Long id, @Convert(MoneyConverter.class) Money total) {}
 * // "total" is a TEXT column holding "12.50 EUR"
 * }</pre>
 *
 * {@code D} is mapped as if the component were declared of type {@code D}: {@code String} gives TEXT (VARCHAR(n)
 * with {@code @Column(length = n)}, JSON with {@code @Column(json = true)}), {@code Instant} TIMESTAMP_TZ,
 * {@code JsonText} JSON, and so on. Nulls never reach the converter: a null component is SQL NULL and back.
 * An exception thrown by the converter fails the statement with a {@code TypeConversionException} naming the
 * column, with the exception as its cause.
 *
 * @param <T> the component's type (boxed for a primitive component)
 * @param <D> the type stored, one a column can hold
 */
public interface ColumnConverter<T, D> {

    /** The value to store for the non-null component value {@code value}. */
    D toDb(T value);

    /** The component value for the non-null stored value {@code value}. */
    T fromDb(D value);
}
