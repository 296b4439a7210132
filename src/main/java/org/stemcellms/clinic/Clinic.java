package org.stemcellms.clinic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stemcellms.country.Country;
import org.stemcellms.source.CitedEntity;
import org.stemcellms.therapy.Therapy;

/** A treatment centre that offers stem-cell therapy for MS. */
@Entity
public class Clinic extends CitedEntity {

    @Id
    public String id;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    public Country country;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_model")
    public AccessModel accessModel;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_policy")
    public EligibilityPolicy eligibilityPolicy;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> highlights = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "clinic_therapy", joinColumns = @JoinColumn(name = "clinic_id"),
            inverseJoinColumns = @JoinColumn(name = "therapy_code"))
    @OrderBy("code")
    public Set<Therapy> therapies = new LinkedHashSet<>();
}
