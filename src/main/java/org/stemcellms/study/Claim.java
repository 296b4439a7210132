package org.stemcellms.study;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.ListIndexBase;
import org.stemcellms.risk.Risk;
import org.stemcellms.source.CitedEntity;

/**
 * A statement a source (its {@code source}, e.g. the article) makes about a study or a risk, checked against the primary
 * publications: the verdict, a note on any discrepancy, and the studies whose own figures are the evidence.
 */
@Entity
public class Claim extends CitedEntity {

    @Id
    public String id;

    public String statement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "study_id")
    public Study study;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "risk_id")
    public Risk risk;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public String note;

    @ManyToMany
    @JoinTable(name = "claim_evidence", joinColumns = @JoinColumn(name = "claim_id"), inverseJoinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<Study> evidence = new ArrayList<>();
}
