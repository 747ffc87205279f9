package dev.tideorm.codegen.fixture;

import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.EntityProvider;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The entities of package {@code dev.tideorm.codegen.fixture}, found by {@code EntityRegistry} through {@code ServiceLoader}.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class TideEntityIndex_ implements EntityProvider {
    @Override
    public List<EntityMeta<?>> entities() {
        return List.of(Bakery_.ENTITY, Cake_.ENTITY, CakeFilling_.ENTITY, Filling_.ENTITY,
                Fruit_.ENTITY, Recipe_.ENTITY, Staff_.ENTITY);
    }
}
