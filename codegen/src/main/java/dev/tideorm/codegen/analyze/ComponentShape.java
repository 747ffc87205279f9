package dev.tideorm.codegen.analyze;

import dev.tideorm.codegen.model.ColumnModel;
import dev.tideorm.codegen.model.ComponentModel;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import org.jspecify.annotations.Nullable;

/**
 * One record component as phase 1 saw it.
 *
 * @param component the record component
 * @param site      where its annotations live and where problems are reported (the backing field, which javac
 *                  gives a source position; the component itself otherwise)
 * @param model     the component for the generated factory
 * @param column    the column, for a column component
 * @param relation  the declaration, for a relation component
 */
record ComponentShape(RecordComponentElement component, Element site, ComponentModel model,
                      @Nullable ColumnModel column, @Nullable RelationDecl relation) {

    String name() {
        return model.name();
    }

    boolean isColumn() {
        return column != null;
    }
}
