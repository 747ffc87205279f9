package dev.tideorm.core.model;

/**
 * A Java enum stored as a chosen database value instead of its name (the counterpart of SeaORM's
 * {@code DeriveActiveEnum}):
 *
 * <pre>{@code
 * enum Status implements ActiveEnum<Integer> {
 *     ACTIVE(1), BANNED(2);
 *     private final int v;
 *     Status(int v) { this.v = v; }
 *     public Integer dbValue() { return v; }
 * }
 * }</pre>
 *
 * @param <V> the stored type: {@code String} or {@code Integer}
 */
public interface ActiveEnum<V> {
    /** The value stored in the column for this constant. Must be unique across the constants. */
    V dbValue();
}
