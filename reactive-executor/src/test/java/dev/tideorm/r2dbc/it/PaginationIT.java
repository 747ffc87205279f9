package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tideorm.core.query.Paginator;
import dev.tideorm.r2dbc.it.entity.Cake;
import dev.tideorm.r2dbc.it.entity.Cake_;
import dev.tideorm.r2dbc.it.entity.Fruit_;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.List;
import java.util.stream.IntStream;
import reactor.test.StepVerifier;

/** Offset pagination (Paginator, 0-based pages) and keyset pagination (Cursor), like SeaORM's. */
class PaginationIT {
    private static final String SELECT_CAKE = "SELECT \"cake\".\"id\", \"cake\".\"name\" FROM \"cake\"";

    private static void tenCakes(TestDb db) {
        Fixtures.cakes(db, IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("c%02d", i)).toArray(String[]::new));
    }

    private static List<Integer> ids(List<Cake> cakes) {
        return cakes.stream().map(Cake::id).toList();
    }

    @DbTest
    void paginatorCountsItemsAndPagesAndFetchesZeroBasedPages(TestDb db) {
        tenCakes(db);
        Paginator<Cake> pages = Cake_.find().orderBy(Cake_.ID.asc()).paginate(db.db(), 3);

        pages.numItems().as(StepVerifier::create).expectNext(10L).verifyComplete();
        pages.numPages().as(StepVerifier::create).expectNext(4L).verifyComplete();
        pages.numItemsAndPages().as(StepVerifier::create)
                .expectNext(new Paginator.ItemsAndPages(10, 4)).verifyComplete();
        pages.fetchPage(0).map(PaginationIT::ids).as(StepVerifier::create).expectNext(List.of(1, 2, 3)).verifyComplete();
        pages.fetchPage(3).map(PaginationIT::ids).as(StepVerifier::create).expectNext(List.of(10)).verifyComplete();
        pages.fetchPage(4).as(StepVerifier::create).expectNext(List.of()).verifyComplete();

        assertThat(db.statements().sql()).containsExactly(
                "SELECT COUNT(*) AS \"num_items\" FROM (" + SELECT_CAKE + ") AS \"sub_query\"",
                "SELECT COUNT(*) AS \"num_items\" FROM (" + SELECT_CAKE + ") AS \"sub_query\"",
                "SELECT COUNT(*) AS \"num_items\" FROM (" + SELECT_CAKE + ") AS \"sub_query\"",
                SELECT_CAKE + " ORDER BY \"cake\".\"id\" ASC LIMIT $1 OFFSET $2",
                SELECT_CAKE + " ORDER BY \"cake\".\"id\" ASC LIMIT $1 OFFSET $2",
                SELECT_CAKE + " ORDER BY \"cake\".\"id\" ASC LIMIT $1 OFFSET $2");
        assertThat(db.statements().events().get(4).statement().binds())
                .extracting(v -> v.value()).containsExactly(3L, 9L);
    }

    @DbTest
    void paginatorCountsTheFilteredQueryAndWalksEveryPage(TestDb db) {
        tenCakes(db);
        Paginator<Cake> pages = Cake_.find().filter(Cake_.NAME.startsWith("c0")).orderBy(Cake_.ID.desc())
                .paginate(db.db(), 4);
        pages.numItemsAndPages().as(StepVerifier::create)
                .expectNext(new Paginator.ItemsAndPages(9, 3)).verifyComplete();
        pages.pages().map(PaginationIT::ids)
                .as(StepVerifier::create)
                .expectNext(List.of(9, 8, 7, 6), List.of(5, 4, 3, 2), List.of(1))
                .verifyComplete();
    }

    @DbTest
    void anEmptyQueryHasNoPages(TestDb db) {
        Fixtures.cakesAndFruits(db);
        Paginator<Cake> pages = Cake_.find().paginate(db.db(), 5);
        pages.numPages().as(StepVerifier::create).expectNext(0L).verifyComplete();
        pages.pages().as(StepVerifier::create).verifyComplete();
        assertThatThrownBy(() -> Cake_.find().paginate(db.db(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pages.fetchPage(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @DbTest
    void cursorFirstAfterBeforeLast(TestDb db) {
        tenCakes(db);
        Cake_.find().cursorBy(Cake_.ID).first(3).all(db.db()).map(PaginationIT::ids)
                .as(StepVerifier::create).expectNext(List.of(1, 2, 3)).verifyComplete();
        Cake_.find().cursorBy(Cake_.ID).after(3).first(3).all(db.db()).map(PaginationIT::ids)
                .as(StepVerifier::create).expectNext(List.of(4, 5, 6)).verifyComplete();
        Cake_.find().cursorBy(Cake_.ID).before(8).last(3).all(db.db()).map(PaginationIT::ids)
                .as(StepVerifier::create).expectNext(List.of(5, 6, 7)).verifyComplete();     // ascending, as SeaORM
        Cake_.find().cursorBy(Cake_.ID).last(2).all(db.db()).map(PaginationIT::ids)
                .as(StepVerifier::create).expectNext(List.of(9, 10)).verifyComplete();
        Cake_.find().cursorBy(Cake_.ID).after(2).before(6).all(db.db()).map(PaginationIT::ids)
                .as(StepVerifier::create).expectNext(List.of(3, 4, 5)).verifyComplete();

        assertThat(db.statements().sql()).containsExactly(
                SELECT_CAKE + " ORDER BY \"cake\".\"id\" ASC LIMIT $1",
                SELECT_CAKE + " WHERE \"cake\".\"id\" > $1 ORDER BY \"cake\".\"id\" ASC LIMIT $2",
                SELECT_CAKE + " WHERE \"cake\".\"id\" < $1 ORDER BY \"cake\".\"id\" DESC LIMIT $2",
                SELECT_CAKE + " ORDER BY \"cake\".\"id\" DESC LIMIT $1",
                SELECT_CAKE + " WHERE \"cake\".\"id\" > $1 AND \"cake\".\"id\" < $2 ORDER BY \"cake\".\"id\" ASC");
    }

    @DbTest
    void cursorDescendingFlipsTheDirection(TestDb db) {
        tenCakes(db);
        Cake_.find().cursorBy(Cake_.ID).desc().first(2).all(db.db()).map(PaginationIT::ids)
                .as(StepVerifier::create).expectNext(List.of(10, 9)).verifyComplete();
        Cake_.find().cursorBy(Cake_.ID).desc().after(5).first(2).all(db.db()).map(PaginationIT::ids)
                .as(StepVerifier::create).expectNext(List.of(4, 3)).verifyComplete();
        Cake_.find().cursorBy(Cake_.ID).desc().before(3).last(2).stream(db.db()).map(Cake::id).collectList()
                .as(StepVerifier::create).expectNext(List.of(5, 4)).verifyComplete();
    }

    @DbTest
    void aCursorOnSeveralColumnsComparesThemAsATuple(TestDb db) {
        Fixtures.cakesAndFruits(db);
        db.exec("INSERT INTO \"fruit\" (\"name\") VALUES ('b'), ('a'), ('b'), ('a'), ('c')");   // ids 1..5
        Fruit_.find().cursorBy(Fruit_.NAME, Fruit_.ID).after("a", 4).first(10).all(db.db())
                .map(fs -> fs.stream().map(f -> f.name() + f.id()).toList())
                .as(StepVerifier::create)
                .expectNext(List.of("b1", "b3", "c5"))
                .verifyComplete();
        assertThat(db.statements().sql()).containsExactly("SELECT \"fruit\".\"id\", \"fruit\".\"name\", "
                + "\"fruit\".\"cake_id\" FROM \"fruit\" WHERE \"fruit\".\"name\" > $1 OR (\"fruit\".\"name\" = $2 "
                + "AND \"fruit\".\"id\" > $3) ORDER BY \"fruit\".\"name\" ASC, \"fruit\".\"id\" ASC LIMIT $4");
        assertThatThrownBy(() -> Fruit_.find().cursorBy(Fruit_.NAME, Fruit_.ID).after("a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 columns");
        assertThatThrownBy(() -> Fruit_.find().cursorBy(Fruit_.ID).after("a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a Integer");
    }

    @DbTest
    void aCursorStreamsTheWholeRangeInKeysetBatches(TestDb db) {
        tenCakes(db);
        Cake_.find().filter(Cake_.NAME.ne("c05")).cursorBy(Cake_.ID).streamAll(db.db(), 4).map(Cake::id)
                .collectList()
                .as(StepVerifier::create)
                .expectNext(List.of(1, 2, 3, 4, 6, 7, 8, 9, 10))
                .verifyComplete();
        assertThat(db.statements().sql()).containsExactly(
                SELECT_CAKE + " WHERE \"cake\".\"name\" <> $1 ORDER BY \"cake\".\"id\" ASC LIMIT $2",
                SELECT_CAKE + " WHERE \"cake\".\"name\" <> $1 AND \"cake\".\"id\" > $2 ORDER BY \"cake\".\"id\" ASC LIMIT $3",
                SELECT_CAKE + " WHERE \"cake\".\"name\" <> $1 AND \"cake\".\"id\" > $2 ORDER BY \"cake\".\"id\" ASC LIMIT $3");
    }

    @DbTest
    void aCursorStreamQueriesOnlyAsFarAsRequested(TestDb db) {
        tenCakes(db);
        StepVerifier.create(Cake_.find().cursorBy(Cake_.ID).streamAll(db.db(), 3).map(Cake::id), 4)
                .expectNext(1, 2, 3, 4)
                .thenCancel()
                .verify();
        assertThat(db.statements().count()).isEqualTo(2);
        assertThat(db.awaitNoAcquired().acquired()).isZero();
    }

    @DbTest
    void pagesOfACursorAreLists(TestDb db) {
        tenCakes(db);
        Cake_.find().cursorBy(Cake_.ID).after(4).pages(db.db(), 3)
                .map(PaginationIT::ids)
                .as(StepVerifier::create)
                .expectNext(List.of(5, 6, 7), List.of(8, 9, 10))
                .verifyComplete();
        assertThat(db.statements().count()).isEqualTo(3);      // the third finds the end
    }
}
