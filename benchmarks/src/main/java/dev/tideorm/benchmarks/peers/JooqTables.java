package dev.tideorm.benchmarks.peers;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The blog tables for jOOQ without code generation: tables and typed fields built from names, as jOOQ's manual
 * shows for the plain SQL / dynamic SQL API. Names are quoted (jOOQ's default), so {@code "user"} works.
 */
final class JooqTables {
    static final Table<Record> USER = table(name("user"));
    static final Field<Integer> USER_ID = field(name("user", "id"), Integer.class);
    static final Field<String> USER_NAME = field(name("user", "name"), String.class);
    static final Field<String> USER_EMAIL = field(name("user", "email"), String.class);

    static final Table<Record> PROFILE = table(name("profile"));
    static final Field<Integer> PROFILE_ID = field(name("profile", "id"), Integer.class);
    static final Field<String> PROFILE_PICTURE = field(name("profile", "picture"), String.class);
    static final Field<Integer> PROFILE_USER_ID = field(name("profile", "user_id"), Integer.class);

    static final Table<Record> POST = table(name("post"));
    static final Field<Integer> POST_ID = field(name("post", "id"), Integer.class);
    static final Field<Integer> POST_USER_ID = field(name("post", "user_id"), Integer.class);
    static final Field<String> POST_TITLE = field(name("post", "title"), String.class);

    static final Table<Record> TAG = table(name("tag"));
    static final Field<Integer> TAG_ID = field(name("tag", "id"), Integer.class);
    static final Field<String> TAG_TAG = field(name("tag", "tag"), String.class);

    static final Table<Record> POST_TAG = table(name("post_tag"));
    static final Field<Integer> POST_TAG_POST_ID = field(name("post_tag", "post_id"), Integer.class);
    static final Field<Integer> POST_TAG_TAG_ID = field(name("post_tag", "tag_id"), Integer.class);

    private JooqTables() {
    }
}
