package dev.tideorm.benchmarks.hr.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A blog user, mapped to TideORM's example table {@code "user"} (id, name, email unique).
 *
 * <p>The id comes from the column's own serial sequence, which the benchmark schema steps by 50 so that
 * Hibernate's pooled optimizer hands out 50 ids per round trip; with {@code IDENTITY} Hibernate would not batch
 * inserts at all. The profile is not mapped on this side: an inverse {@code @OneToOne} cannot be lazy without
 * bytecode enhancement, and would add a profile query to every user loaded. {@link Profile#getUser()} owns it.
 * The posts are a {@link Set}, like {@link Post#getTags()}: fetched together with the tags, a {@code List} (a
 * bag) would hold each post once per tag row of the join.
 */
@Entity
@Table(name = "`user`")
public class User {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_id")
    @SequenceGenerator(name = "user_id", sequenceName = "user_id_seq", allocationSize = 50)
    private Integer id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String email;

    @OneToMany(mappedBy = "author", cascade = CascadeType.PERSIST)
    private Set<Post> posts = new LinkedHashSet<>();

    /** For Hibernate. */
    protected User() {
    }

    /** A new, transient user. */
    public User(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    /** The user's posts; lazy unless fetched with the user. */
    public Set<Post> getPosts() {
        return posts;
    }

    /** Adds a post on both sides of the association. */
    public Post addPost(String title) {
        Post post = new Post(this, title);
        posts.add(post);
        return post;
    }
}
