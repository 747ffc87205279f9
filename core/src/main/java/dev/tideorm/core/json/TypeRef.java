package dev.tideorm.core.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Captures a generic type such as {@code List<Address>} for a {@link JsonCodec}, which needs the element type that
 * a {@code Class} loses. Create it as an anonymous subclass; generated metamodels do so once per JSON column.
 *
 * <pre>{@code
 * ValueConverter.json(new TypeRef<List<Address>>() {})   // type(): java.util.List<Address>
 * }</pre>
 *
 * @param <T> the captured type
 */
public abstract class TypeRef<T> {
    private final Type type;

    /**
     * Reads the type argument of the anonymous subclass.
     *
     * @throws IllegalStateException when the subclass does not give {@code T} a type argument
     */
    protected TypeRef() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType p)) {
            throw new IllegalStateException("TypeRef needs a type argument: new TypeRef<List<Address>>() {}");
        }
        this.type = p.getActualTypeArguments()[0];
    }

    /** The captured type. */
    public Type type() {
        return type;
    }

    /** The raw class of the captured type: {@code List} for {@code List<Address>}. */
    public Class<?> rawType() {
        return rawClass(type);
    }

    /** The raw class of {@code type}; {@code Object} for a type variable or wildcard. */
    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (type instanceof java.lang.reflect.GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(rawClass(a.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }
}
