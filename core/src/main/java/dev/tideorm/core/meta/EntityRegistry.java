package dev.tideorm.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The entities indexed at compile time. Reading it uses {@link ServiceLoader} once, never classpath scanning.
 */
public final class EntityRegistry {
    private EntityRegistry() {
    }

    /** Every indexed entity visible to {@code loader}. */
    public static List<EntityMeta<?>> all(ClassLoader loader) {
        List<EntityMeta<?>> out = new ArrayList<>();
        for (EntityProvider p : ServiceLoader.load(EntityProvider.class, loader)) {
            out.addAll(p.entities());
        }
        return out;
    }

    /** Every indexed entity visible to the context class loader (or this class's loader). */
    public static List<EntityMeta<?>> all() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return all(cl != null ? cl : EntityRegistry.class.getClassLoader());
    }

    /**
     * The entities whose record class is in a package starting with {@code packagePrefix} (a trailing
     * {@code .*} or {@code *} is ignored).
     *
     * @throws IllegalArgumentException when nothing matches; the message lists the packages that are known
     */
    public static List<EntityMeta<?>> byPackagePrefix(String packagePrefix) {
        String prefix = packagePrefix.replaceAll("\\.?\\*$", "");
        List<EntityMeta<?>> all = all();
        List<EntityMeta<?>> out = new ArrayList<>();
        for (EntityMeta<?> e : all) {
            String pkg = e.type().getPackageName();
            if (prefix.isEmpty() || pkg.equals(prefix) || pkg.startsWith(prefix + ".")) {
                out.add(e);
            }
        }
        if (out.isEmpty()) {
            TreeSet<String> known = new TreeSet<>();
            all.forEach(e -> known.add(e.type().getPackageName()));
            throw new IllegalArgumentException("no entity is registered under package '" + packagePrefix
                    + "'; packages with entities: " + (known.isEmpty() ? "(none: is tideorm-codegen on the "
                    + "annotation processor path?)" : known));
        }
        return out;
    }
}
