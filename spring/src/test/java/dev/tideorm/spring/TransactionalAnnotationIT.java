package dev.tideorm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.UniqueViolationException;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.spring.entity.AccountActiveModel;
import dev.tideorm.spring.entity.Account_;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** {@code @Transactional} on a bean's reactive method wraps TideORM and {@code DatabaseClient} in one transaction. */
class TransactionalAnnotationIT {

    /** A service as an application writes it. */
    public static class Accounts {
        private final Database db;
        private final DatabaseClient client;

        public Accounts(Database db, DatabaseClient client) {
            this.db = db;
            this.client = client;
        }

        /** Opens an account through TideORM and logs it through DatabaseClient; {@code fail} fails afterwards. */
        @Transactional
        public Mono<Long> open(String name, boolean fail) {
            return AccountActiveModel.builder().setName(name).setBalance(100).insert(db)
                    .flatMap(a -> client.sql("INSERT INTO \"entry\" (\"account_id\", \"memo\") VALUES (:id, :memo)")
                            .bind("id", a.id()).bind("memo", "opened").fetch().rowsUpdated())
                    .then(fail ? Mono.error(new IllegalStateException("refused")) : Account_.find().count(db));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    static class App {
        @Bean
        ReactiveTransactionManager transactionManager(ConnectionFactory cf) {
            return new R2dbcTransactionManager(cf);
        }

        @Bean
        Database database(ConnectionFactory cf) {
            return SpringDatabase.of(cf);
        }

        @Bean
        Accounts accounts(Database db, ConnectionFactory cf) {
            return new Accounts(db, DatabaseClient.create(cf));
        }
    }

    @DbTest
    void transactionalMethodCommitsOrRollsBackTideOrmAndDatabaseClientTogether(TestDb t) {
        try (SpringSetup s = SpringSetup.of(t);
             AnnotationConfigApplicationContext ctx = context(s)) {
            Accounts accounts = ctx.getBean(Accounts.class);
            assertThat(AopUtils.isAopProxy(accounts)).isTrue();

            assertThat(accounts.open("alice", false).block(Duration.ofSeconds(20)))
                    .as("TideORM counts its own row inside the transaction").isEqualTo(1);
            assertThat(t.countRows("account")).isEqualTo(1);
            assertThat(t.countRows("entry")).isEqualTo(1);

            accounts.open("bob", true).as(StepVerifier::create).verifyErrorMessage("refused");
            accounts.open("alice", false).as(StepVerifier::create).verifyError(UniqueViolationException.class);
            assertThat(t.countRows("account")).as("bob's account and alice's second are rolled back").isEqualTo(1);
            assertThat(t.countRows("entry")).as("and so are the entries logged by DatabaseClient").isEqualTo(1);
            assertThat(s.acquired()).isZero();
        }
    }

    private static AnnotationConfigApplicationContext context(SpringSetup s) {
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
        ctx.registerBean(ConnectionFactory.class, () -> s.pool);
        ctx.register(App.class);
        ctx.refresh();
        return ctx;
    }
}
