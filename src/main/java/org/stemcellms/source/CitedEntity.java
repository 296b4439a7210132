package org.stemcellms.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import org.stemcellms.editing.VersionedEntity;

/** A content record: every one names the source it comes from and the date it was last reviewed against it. */
@MappedSuperclass
public abstract class CitedEntity extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;
}
