package dev.tideorm.examples.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The blog service over HTTP, started once per database ({@code server.port=0}) and driven by {@link WebTestClient};
 * database state is checked on the test's own connection.
 */
class BlogApiIT {
    private static final Map<TestDb.Kind, ConfigurableApplicationContext> APPS = new ConcurrentHashMap<>();

    private static final String BOB = """
            {"name": "Bob", "email": "bob@example.org", "profile": {"picture": "bob.png"},
             "posts": [{"title": "Hello", "tags": ["intro", "java"]}, {"title": "Again", "tags": ["java"]}]}""";

    @AfterAll
    static void stop() {
        APPS.values().forEach(ConfigurableApplicationContext::close);
        APPS.clear();
    }

    /** The service on {@code db} (started on first use), with every blog table emptied. */
    private static WebTestClient client(TestDb db) {
        ConfigurableApplicationContext app = APPS.computeIfAbsent(db.kind(), k -> start(db));
        db.exec("DELETE FROM \"post_tag\"", "DELETE FROM \"comment\"", "DELETE FROM \"attachment\"",
                "DELETE FROM \"post\"", "DELETE FROM \"tag\"", "DELETE FROM \"profile\"", "DELETE FROM \"user_follower\"",
                "DELETE FROM \"user\"");
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")).build();
    }

    private static ConfigurableApplicationContext start(TestDb db) {
        // Command-line arguments: they win over application.properties (builder properties would not).
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.r2dbc.url=" + db.url()));
        db.options().build().driverOptions().forEach((k, v) -> args.add("--spring.r2dbc.properties." + k + "=" + v));
        return new SpringApplicationBuilder(BlogApplication.class).run(args.toArray(String[]::new));
    }

    private static long rows(TestDb db, String table) {
        return db.countRows(table);
    }

    @DbTest
    void postingAUserSavesTheWholeGraphAndAnswersWithItNested(TestDb db) {
        WebTestClient web = client(db);
        web.post().uri("/users").contentType(MediaType.APPLICATION_JSON).bodyValue(BOB).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/users/\\d+")
                .expectBody()
                .jsonPath("$.id").exists()
                .jsonPath("$.profile.id").exists()
                .jsonPath("$.name").isEqualTo("Bob")
                .jsonPath("$.email").isEqualTo("bob@example.org")
                .jsonPath("$.profile.picture").isEqualTo("bob.png")
                .jsonPath("$.posts.length()").isEqualTo(2)
                .jsonPath("$.posts[0].title").isEqualTo("Hello")
                .jsonPath("$.posts[0].tags[*].tag").isEqualTo(List.of("intro", "java"))
                .jsonPath("$.posts[1].title").isEqualTo("Again")
                .jsonPath("$.posts[1].tags[*].tag").isEqualTo(List.of("java"));

        assertThat(rows(db, "user")).isEqualTo(1);
        assertThat(rows(db, "profile")).isEqualTo(1);
        assertThat(rows(db, "post")).isEqualTo(2);
        assertThat(rows(db, "tag")).as("tags are not unique: one row per tag given").isEqualTo(3);
        assertThat(rows(db, "post_tag")).isEqualTo(3);
    }

    @DbTest
    void gettingAUserLoadsItsProfilePostsAndTags(TestDb db) {
        WebTestClient web = client(db);
        String location = web.post().uri("/users").contentType(MediaType.APPLICATION_JSON).bodyValue(BOB).exchange()
                .expectStatus().isCreated().returnResult(String.class).getResponseHeaders().getFirst("Location");

        web.get().uri(location).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.name").isEqualTo("Bob")
                .jsonPath("$.profile.picture").isEqualTo("bob.png")
                .jsonPath("$.posts[*].title").isEqualTo(List.of("Hello", "Again"))
                .jsonPath("$.posts[0].tags[*].tag").isEqualTo(List.of("intro", "java"));
        web.get().uri("/users").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].posts.length()").isEqualTo(2);
    }

    @DbTest
    void aTakenEmailIsA409ProblemAndStoresNothingOfTheGraph(TestDb db) {
        WebTestClient web = client(db);
        web.post().uri("/users").contentType(MediaType.APPLICATION_JSON).bodyValue(BOB).exchange()
                .expectStatus().isCreated();

        web.post().uri("/users").contentType(MediaType.APPLICATION_JSON).bodyValue(BOB.replace("Bob", "Robert"))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.title").isEqualTo("Already exists")
                .jsonPath("$.type").isEqualTo("https://tideorm.dev/problems/duplicate")
                .jsonPath("$.table").isEqualTo("user")
                .jsonPath("$.instance").isEqualTo("/users");

        assertThat(rows(db, "user")).isEqualTo(1);
        assertThat(rows(db, "post")).isEqualTo(2);
        assertThat(rows(db, "tag")).isEqualTo(3);
    }

    @DbTest
    void anUnknownUserIsA404Problem(TestDb db) {
        WebTestClient web = client(db);
        web.get().uri("/users/424242").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("no user with id 424242");
        web.delete().uri("/users/424242").exchange().expectStatus().isNotFound();
    }

    @DbTest
    void badInputIsA400Problem(TestDb db) {
        WebTestClient web = client(db);
        web.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \" \", \"email\": \"nope\", \"posts\": [{\"title\": \"\"}]}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors").isEqualTo(List.of("name: must not be blank", "email: must be an e-mail address",
                        "posts[0].title: must not be blank"));
        web.post().uri("/users").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\": ").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400);
        web.get().uri("/users/abc").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(rows(db, "user")).isZero();
    }

    @DbTest
    void aBatchIsAllOrNothingInOneSpringTransaction(TestDb db) {
        WebTestClient web = client(db);
        String ann = "{\"name\": \"Ann\", \"email\": \"ann@example.org\", \"posts\": [{\"title\": \"A\", "
                + "\"tags\": [\"x\"]}]}";
        String cid = "{\"name\": \"Cid\", \"email\": \"cid@example.org\"}";
        String annAgain = "{\"name\": \"Ann 2\", \"email\": \"ann@example.org\"}";

        web.post().uri("/users/batch").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[" + ann + ", " + cid + ", " + annAgain + "]").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        assertThat(rows(db, "user")).as("the first two users are rolled back with the third").isZero();
        assertThat(rows(db, "post")).isZero();
        assertThat(rows(db, "tag")).isZero();

        web.post().uri("/users/batch").contentType(MediaType.APPLICATION_JSON).bodyValue("[" + ann + ", " + cid + "]")
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$[*].name").isEqualTo(List.of("Ann", "Cid"))
                .jsonPath("$[0].posts[0].tags[0].tag").isEqualTo("x");
        assertThat(rows(db, "user")).isEqualTo(2);
    }

    @DbTest
    void deletingAUserDeletesWhatDependsOnIt(TestDb db) {
        WebTestClient web = client(db);
        String location = web.post().uri("/users").contentType(MediaType.APPLICATION_JSON).bodyValue(BOB).exchange()
                .expectStatus().isCreated().returnResult(String.class).getResponseHeaders().getFirst("Location");

        web.delete().uri(location).exchange().expectStatus().isNoContent();
        web.get().uri(location).exchange().expectStatus().isNotFound();
        assertThat(rows(db, "user")).isZero();
        assertThat(rows(db, "profile")).isZero();
        assertThat(rows(db, "post")).isZero();
        assertThat(rows(db, "post_tag")).isZero();
        assertThat(rows(db, "tag")).as("tags are kept: only their links go").isEqualTo(3);
    }
}
