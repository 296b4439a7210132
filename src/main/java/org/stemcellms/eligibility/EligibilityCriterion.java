package org.stemcellms.eligibility;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.stemcellms.source.CitedEntity;
import org.stemcellms.therapy.Therapy;

/** A published criterion that makes someone a better or worse candidate for a therapy, with machine-readable conditions. */
@Entity
@Table(name = "eligibility_criterion")
public class EligibilityCriterion extends CitedEntity {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapy_code")
    public Therapy therapy;

    @Enumerated(EnumType.STRING)
    public CriterionKind kind;

    public int position;

    public String text;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "match")
    public Match match;

    @ElementCollection
    @CollectionTable(name = "eligibility_condition", joinColumns = @JoinColumn(name = "criterion_id"))
    @OrderBy("position")
    public List<Condition> conditions = new ArrayList<>();
}
