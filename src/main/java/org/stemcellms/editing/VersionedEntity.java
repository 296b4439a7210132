package org.stemcellms.editing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A record editors can change: its version is the ETag of its item and guards against lost updates
 * (JPA optimistic locking), and it knows when it was created and last changed.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Marks the record as changed now; also makes a change to child rows alone bump the version. */
    public void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }
}
