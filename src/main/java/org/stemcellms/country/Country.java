package org.stemcellms.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.stemcellms.source.CitedEntity;

/** A country where stem-cell therapy for MS is offered, keyed by its ISO 3166-1 alpha-2 code. */
@Entity
public class Country extends CitedEntity {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "hsct_access")
    public HsctAccess hsctAccess;

    @Column(name = "hsct_access_note")
    public String hsctAccessNote;
}
