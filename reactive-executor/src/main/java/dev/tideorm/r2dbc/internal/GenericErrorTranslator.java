package dev.tideorm.r2dbc.internal;

import io.r2dbc.spi.R2dbcException;

/**
 * The translator for a driver TideORM has no parser for: SQLSTATE classes only, with the driver's message
 * where it cannot quote values (not in data and constraint errors, whose quoted parts are redacted).
 */
final class GenericErrorTranslator extends SqlStateErrorTranslator {
    @Override
    protected Details details(R2dbcException e) {
        String state = e.getSqlState() == null ? "" : e.getSqlState();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean mayQuoteValues = state.startsWith("22") || state.startsWith("23");
        return new Details(null, null, null, mayQuoteValues ? redactQuoted(message) : message);
    }
}
