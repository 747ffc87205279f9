package dev.tideorm.schema.it;

/** Expected values that differ per backend. */
final class Backends {
    private Backends() {
    }

    static <T> T either(SyncDb db, T postgres, T h2) {
        return db.isPostgres() ? postgres : h2;
    }
}
