package dev.tideorm.benchmarks.single;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.Type;
import io.r2dbc.spi.ValidationDepth;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An R2DBC connection factory that answers every statement at once, from memory, for {@link OverheadLoop} only:
 * a query returns {@code rows} rows of {@code (id, name, email)}, an update one row. It names itself PostgreSQL so
 * that TideORM takes its PostgreSQL path. It measures nothing about a database: with the driver, the network and
 * the server out of the way, what remains is the library's own work per operation, the same from run to run.
 */
final class InstantDriver implements ConnectionFactory {
    private static final List<Column> COLUMNS = List.of(new Column("id", Integer.class),
            new Column("name", String.class), new Column("email", String.class));
    private static final RowMetadata METADATA = new Metadata();

    private final int rows;

    InstantDriver(int rows) {
        this.rows = rows;
    }

    @Override
    public Publisher<? extends Connection> create() {
        return Mono.just(new Conn());
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return () -> "PostgreSQL";
    }

    private record Column(String name, Class<?> javaType) implements ColumnMetadata {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Class<?> getJavaType() {
            return javaType;
        }

        @Override
        public Type getType() {
            return new Type() {
                @Override
                public Class<?> getJavaType() {
                    return javaType;
                }

                @Override
                public String getName() {
                    return javaType.getSimpleName();
                }
            };
        }
    }

    private static final class Metadata implements RowMetadata {
        @Override
        public ColumnMetadata getColumnMetadata(int index) {
            return COLUMNS.get(index);
        }

        @Override
        public ColumnMetadata getColumnMetadata(String name) {
            for (Column c : COLUMNS) {
                if (c.name().equalsIgnoreCase(name)) {
                    return c;
                }
            }
            throw new NoSuchElementException(name);
        }

        @Override
        public List<? extends ColumnMetadata> getColumnMetadatas() {
            return COLUMNS;
        }

        @Override
        public boolean contains(String name) {
            return COLUMNS.stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
        }
    }

    /** Row {@code i}: {@code (i, "user i", "useri@x")}. */
    private record InstantRow(int i) implements Row {
        @Override
        public RowMetadata getMetadata() {
            return METADATA;
        }

        @Override
        public <T> T get(int index, Class<T> type) {
            Object v = switch (index) {
                case 0 -> i;
                case 1 -> "user " + i;
                case 2 -> "user" + i + "@x";
                default -> throw new IndexOutOfBoundsException(index);
            };
            return type.cast(v);
        }

        @Override
        public <T> T get(String name, Class<T> type) {
            return get(COLUMNS.indexOf(METADATA.getColumnMetadata(name)), type);
        }
    }

    private final class InstantResult implements Result {
        @Override
        public Publisher<Long> getRowsUpdated() {
            return Mono.just(1L);
        }

        @Override
        public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> f) {
            if (rows == 1) {
                return Mono.fromSupplier(() -> f.apply(new InstantRow(7), METADATA));
            }
            return Flux.range(1, rows).map(i -> f.apply(new InstantRow(i), METADATA));
        }

        @Override
        public Result filter(Predicate<Segment> filter) {
            return this;
        }

        @Override
        public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> f) {
            throw new UnsupportedOperationException("segments");
        }
    }

    private final class InstantStatement implements Statement {
        @Override
        public Statement add() {
            return this;
        }

        @Override
        public Statement bind(int index, Object value) {
            return this;
        }

        @Override
        public Statement bind(String name, Object value) {
            return this;
        }

        @Override
        public Statement bindNull(int index, Class<?> type) {
            return this;
        }

        @Override
        public Statement bindNull(String name, Class<?> type) {
            return this;
        }

        @Override
        public Publisher<? extends Result> execute() {
            return Mono.fromSupplier(InstantResult::new);
        }
    }

    private final class Conn implements Connection {
        @Override
        public Publisher<Void> beginTransaction() {
            return Mono.empty();
        }

        @Override
        public Publisher<Void> beginTransaction(TransactionDefinition definition) {
            return Mono.empty();
        }

        @Override
        public Publisher<Void> close() {
            return Mono.empty();
        }

        @Override
        public Publisher<Void> commitTransaction() {
            return Mono.empty();
        }

        @Override
        public Batch createBatch() {
            throw new UnsupportedOperationException("batches");
        }

        @Override
        public Publisher<Void> createSavepoint(String name) {
            return Mono.empty();
        }

        @Override
        public Statement createStatement(String sql) {
            return new InstantStatement();
        }

        @Override
        public boolean isAutoCommit() {
            return true;
        }

        @Override
        public ConnectionMetadata getMetadata() {
            return new ConnectionMetadata() {
                @Override
                public String getDatabaseProductName() {
                    return "PostgreSQL";
                }

                @Override
                public String getDatabaseVersion() {
                    return "instant";
                }
            };
        }

        @Override
        public IsolationLevel getTransactionIsolationLevel() {
            return IsolationLevel.READ_COMMITTED;
        }

        @Override
        public Publisher<Void> releaseSavepoint(String name) {
            return Mono.empty();
        }

        @Override
        public Publisher<Void> rollbackTransaction() {
            return Mono.empty();
        }

        @Override
        public Publisher<Void> rollbackTransactionToSavepoint(String name) {
            return Mono.empty();
        }

        @Override
        public Publisher<Void> setAutoCommit(boolean autoCommit) {
            return Mono.empty();
        }

        @Override
        public Publisher<Void> setLockWaitTimeout(Duration timeout) {
            return Mono.empty();
        }

        @Override
        public Publisher<Void> setStatementTimeout(Duration timeout) {
            return Mono.empty();
        }

        @Override
        public Publisher<Void> setTransactionIsolationLevel(IsolationLevel level) {
            return Mono.empty();
        }

        @Override
        public Publisher<Boolean> validate(ValidationDepth depth) {
            return Mono.just(true);
        }
    }
}
