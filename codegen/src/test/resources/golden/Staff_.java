package dev.tideorm.codegen.fixture;

import dev.tideorm.core.meta.Column;
import dev.tideorm.core.meta.EntityMeta;
import dev.tideorm.core.meta.Relation;
import dev.tideorm.core.meta.RelationKind;
import dev.tideorm.core.meta.StringColumn;
import dev.tideorm.core.model.HasMany;
import dev.tideorm.core.model.HasOne;
import dev.tideorm.core.query.Delete;
import dev.tideorm.core.query.Insert;
import dev.tideorm.core.query.Related;
import dev.tideorm.core.query.Select;
import dev.tideorm.core.query.Update;
import dev.tideorm.core.sql.ColumnType;
import dev.tideorm.core.sql.SqlType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Staff} (table {@code staff}): typed columns and relations, the entity metadata,
 * and query helpers.
 */
@Generated("dev.tideorm.codegen.EntityProcessor")
public final class Staff_ {
    /**
     * Column {@code "staff"."id"}.
     */
    public static final Column<Staff, Integer> ID = Column.<Staff, Integer>spec("staff", "id", "id",
            Integer.class)
            .index(0)
            .type(ColumnType.of(SqlType.INTEGER))
            .primaryKey(true)
            .autoIncrement(true)
            .getter(Staff::id)
            .build();

    /**
     * Column {@code "staff"."name"}.
     */
    public static final StringColumn<Staff> NAME = Column.<Staff, String>spec("staff", "name",
            "name", String.class)
            .index(1)
            .type(ColumnType.of(SqlType.TEXT))
            .getter(Staff::name)
            .buildString();

    /**
     * Column {@code "staff"."reports_to_id"} (component {@code reportsToId}).
     */
    public static final Column<Staff, Integer> REPORTS_TO_ID = Column.<Staff, Integer>spec("staff",
            "reports_to_id", "reportsToId", Integer.class)
            .index(2)
            .type(ColumnType.of(SqlType.INTEGER))
            .nullable(true)
            .getter(Staff::reportsToId)
            .build();

    /**
     * Column {@code "staff"."mentor_id"} (component {@code mentorId}).
     */
    public static final Column<Staff, Integer> MENTOR_ID = Column.<Staff, Integer>spec("staff",
            "mentor_id", "mentorId", Integer.class)
            .index(3)
            .type(ColumnType.of(SqlType.INTEGER))
            .nullable(true)
            .getter(Staff::mentorId)
            .build();

    /**
     * Relation {@code reportsTo}: belongs to {@link Staff}.
     */
    public static final Related<Staff, Staff> REPORTS_TO = Related.of(Relation.<Staff, Staff>builder("reportsTo",
            RelationKind.BELONGS_TO, () -> Staff_.ENTITY)
            .index(0)
            .keys(List.of("reports_to_id"), List.of("id"))
            .optional(true));

    /**
     * Relation {@code mentor}: belongs to {@link Staff}.
     */
    public static final Related<Staff, Staff> MENTOR = Related.of(Relation.<Staff, Staff>builder("mentor",
            RelationKind.BELONGS_TO, () -> Staff_.ENTITY)
            .index(1)
            .keys(List.of("mentor_id"), List.of("id"))
            .optional(true));

    /**
     * Relation {@code manages}: has many {@link Staff}.
     */
    public static final Related<Staff, Staff> MANAGES = Related.of(Relation.<Staff, Staff>builder("manages",
            RelationKind.HAS_MANY, () -> Staff_.ENTITY)
            .index(2)
            .keys(List.of("id"), List.of("reports_to_id"))
            .optional(true));

    /**
     * Relation {@code mentees}: has many {@link Staff}.
     */
    public static final Related<Staff, Staff> MENTEES = Related.of(Relation.<Staff, Staff>builder("mentees",
            RelationKind.HAS_MANY, () -> Staff_.ENTITY)
            .index(3)
            .keys(List.of("id"), List.of("mentor_id"))
            .optional(true));

    /**
     * The entity: table, columns, keys, relations, and how to build a {@link Staff}.
     */
    @SuppressWarnings("unchecked")
    public static final EntityMeta<Staff> ENTITY = EntityMeta.builder(Staff.class, "staff")
            .column(ID)
            .column(NAME)
            .column(REPORTS_TO_ID)
            .column(MENTOR_ID)
            .relation(REPORTS_TO)
            .relation(MENTOR)
            .relation(MANAGES)
            .relation(MENTEES)
            .factory((c, r) -> new Staff((Integer) c[0], (String) c[1], (Integer) c[2],
                    (Integer) c[3], (HasOne<Staff>) r[0], (HasOne<Staff>) r[1],
                    (HasMany<Staff>) r[2], (HasMany<Staff>) r[3]))
            .rowFactory((row, o) -> new Staff(ID.read(row, o), NAME.read(row, o + 1),
                    REPORTS_TO_ID.read(row, o + 2), MENTOR_ID.read(row, o + 3), HasOne.unloaded(),
                    HasOne.unloaded(), HasMany.unloaded(), HasMany.unloaded()))
            .relationValues(m -> new Object[] {m.reportsTo(), m.mentor(), m.manages(), m.mentees()})
            .activeModel(StaffActiveModel::new)
            .build();

    private Staff_() {
    }

    /**
     * {@code SELECT <columns> FROM "staff"}.
     */
    public static Select<Staff> find() {
        return Select.of(ENTITY);
    }

    /**
     * The row with this primary key ({@code id}).
     */
    public static Select<Staff> findById(Integer id) {
        return Select.byId(ENTITY, id);
    }

    /**
     * {@code DELETE} of the row with this primary key ({@code id}).
     */
    public static Delete<Staff> deleteById(Integer id) {
        return Delete.many(ENTITY).filter(Select.primaryKeyCondition(ENTITY, id));
    }

    /**
     * An {@code UPDATE} of every row, to narrow with {@code filter}.
     */
    public static Update<Staff> updateMany() {
        return Update.many(ENTITY);
    }

    /**
     * A {@code DELETE} of every row, to narrow with {@code filter}.
     */
    public static Delete<Staff> deleteMany() {
        return Delete.many(ENTITY);
    }

    /**
     * An {@code INSERT} of several rows in one statement.
     */
    public static Insert<Staff> insertMany(List<StaffActiveModel> models) {
        return Insert.many(models);
    }
}
