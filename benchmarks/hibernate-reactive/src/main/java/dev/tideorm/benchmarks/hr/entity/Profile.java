package dev.tideorm.benchmarks.hr.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A user's profile, mapped to {@code profile} (id, picture, user_id unique); it owns the one-to-one. */
@Entity
@Table(name = "profile")
public class Profile {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_id")
    @SequenceGenerator(name = "profile_id", sequenceName = "profile_id_seq", allocationSize = 50)
    private Integer id;

    @Column(nullable = false)
    private String picture;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, unique = true)
    private User user;

    /** For Hibernate. */
    protected Profile() {
    }

    /** A new, transient profile of {@code user}. */
    public Profile(User user, String picture) {
        this.user = user;
        this.picture = picture;
    }

    public Integer getId() {
        return id;
    }

    public String getPicture() {
        return picture;
    }

    public User getUser() {
        return user;
    }
}
