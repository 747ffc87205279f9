package dev.tideorm.core.meta;

import java.util.List;

/**
 * A compile-time generated index of entities, found with {@link java.util.ServiceLoader} (the counterpart of
 * SeaORM's {@code inventory} registration). The annotation processor writes one provider per package and lists
 * it in {@code META-INF/services/dev.tideorm.core.meta.EntityProvider}.
 */
public interface EntityProvider {
    /** The entities of this provider's package. */
    List<EntityMeta<?>> entities();
}
