package org.stemcellms.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.stemcellms.editing.VersionedEntity;

/** A publication, website or registry that the data cites. */
@Entity
public class Source extends VersionedEntity {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public SourceKind kind;

    public String title;

    public String authors;

    public String publisher;

    @Column(name = "published_year")
    public Integer publishedYear;

    public String url;

    public String description;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    /** The page's own date, where the page shows one; never guessed. */
    @Column(name = "page_date")
    public LocalDate pageDate;

    /** When the facts the data takes from it were read. */
    @Column(name = "read_on")
    public LocalDate readOn;
}
