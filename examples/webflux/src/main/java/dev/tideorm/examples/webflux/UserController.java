package dev.tideorm.examples.webflux;

import dev.tideorm.core.error.RecordNotFoundException;
import dev.tideorm.examples.blog.entity.Post_;
import dev.tideorm.examples.blog.entity.User;
import dev.tideorm.examples.blog.entity.UserActiveModel;
import dev.tideorm.examples.blog.entity.User_;
import dev.tideorm.r2dbc.Database;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code /users}: users with their profile, posts and tags. The writing handlers are {@code @Transactional}: Spring
 * opens the transaction, and TideORM's nested saves (each its own transaction) become savepoints inside it, so a
 * handler's work commits or rolls back as a whole. Errors are TideORM's typed exceptions, turned into problem
 * details by {@link ProblemHandler}.
 */
@RestController
@RequestMapping("/users")
public class UserController {
    private final Database db;

    /** Over the auto-configured {@code Database}, which joins Spring's transactions. */
    public UserController(Database db) {
        this.db = db;
    }

    /**
     * Saves a user with its profile, posts and tags in one nested save, then reads it back with the loader:
     * 201 with the user and its {@code Location}; 409 when the e-mail is taken; 400 for bad input.
     */
    @PostMapping
    @Transactional
    public Mono<ResponseEntity<UserView>> create(@RequestBody UserRequest request) {
        return Mono.defer(() -> save(request, ""))
                .flatMap(this::load)
                .map(view -> ResponseEntity.created(URI.create("/users/" + view.id())).body(view));
    }

    /**
     * Saves several users, each with its own nested save, all or nothing: the Spring transaction spans them, so a
     * duplicate e-mail in the third rolls back the first two. 201 with the users in order.
     */
    @PostMapping("/batch")
    @Transactional
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<List<UserView>> createAll(@RequestBody List<UserRequest> requests) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            problems.addAll(requests.get(i).problems("[" + i + "]."));
        }
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidInputException(problems));
        }
        return Flux.fromIterable(requests)
                .concatMap(r -> save(r, ""))     // one after the other: one connection, one transaction
                .concatMap(this::load)
                .collectList();
    }

    /** The user with its profile, posts and their tags (three queries, whatever the number of posts); 404 if none. */
    @GetMapping("/{id}")
    public Mono<UserView> get(@PathVariable int id) {
        return load(id);
    }

    /** Every user, loaded like {@link #get}, in id order. */
    @GetMapping
    public Mono<List<UserView>> list() {
        return User_.find().orderBy(User_.ID.asc()).with(User_.PROFILE).with(User_.POSTS, Post_.TAGS).all(db)
                .map(users -> users.stream().map(UserView::of).toList());
    }

    /** Deletes a user and everything that depends on it (profile, posts, their tag links); 204, or 404. */
    @DeleteMapping("/{id}")
    @Transactional
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> delete(@PathVariable int id) {
        return User_.findById(id).one(db)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMap(user -> UserActiveModel.from(user).cascadeDelete(db))
                .then();
    }

    private Mono<Integer> save(UserRequest request, String prefix) {
        List<String> problems = request.problems(prefix);
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidInputException(problems));
        }
        return request.toActiveModel().save(db).map(saved -> Objects.requireNonNull(saved.id().value()));
    }

    private Mono<UserView> load(int id) {
        return User_.find().filter(User_.ID.eq(id)).with(User_.PROFILE).with(User_.POSTS, Post_.TAGS).one(db)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .map(UserView::of);
    }

    private static RecordNotFoundException notFound(int id) {
        return new RecordNotFoundException("no user with id " + id);
    }
}
