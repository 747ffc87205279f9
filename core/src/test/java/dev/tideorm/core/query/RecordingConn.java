package dev.tideorm.core.query;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.conn.RowMapper;
import dev.tideorm.core.conn.RowReader;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A {@link DbConn} for executor-logic tests: records each statement and answers with scripted rows. */
final class RecordingConn implements DbConn {
    private final Dialect dialect;
    private final Function<Statement, List<Object[]>> rows;
    private final Function<Statement, Long> counts;
    final List<Statement> statements = new CopyOnWriteArrayList<>();

    RecordingConn(Dialect dialect, Function<Statement, List<Object[]>> rows, Function<Statement, Long> counts) {
        this.dialect = dialect;
        this.rows = rows;
        this.counts = counts;
    }

    List<String> sql() {
        return statements.stream().map(Statement::sql).toList();
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public <T> Flux<T> query(Statement statement, RowMapper<T> mapper) {
        return Flux.defer(() -> {
            statements.add(statement);
            return Flux.fromIterable(rows.apply(statement)).map(r -> mapper.map(new ArrayRow(r)));
        });
    }

    @Override
    public Mono<Long> execute(Statement statement) {
        return Mono.fromCallable(() -> {
            statements.add(statement);
            return counts.apply(statement);
        });
    }

    @Override
    public <T> Flux<T> transaction(Function<DbConn, ? extends Publisher<T>> work) {
        return Flux.defer(() -> work.apply(this));
    }

    /** A row of plain values; numbers convert to the requested number type. */
    private record ArrayRow(Object[] values) implements RowReader {
        @Override
        @SuppressWarnings("unchecked")
        public <T> @Nullable T get(int index, Class<T> type) {
            Object v = values[index];
            if (v instanceof Number n && type == Long.class) {
                return (T) Long.valueOf(n.longValue());
            }
            if (v instanceof Number n && type == Integer.class) {
                return (T) Integer.valueOf(n.intValue());
            }
            return type.cast(v);
        }

        @Override
        public <T> @Nullable T get(String name, Class<T> type) {
            throw new UnsupportedOperationException("by position only");
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}
