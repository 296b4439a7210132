package org.stemcellms.study;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.stemcellms.source.CitedEntity;
import org.stemcellms.source.Source;
import org.stemcellms.therapy.Therapy;

/** A study of a therapy, with its findings as structured outcomes. */
@Entity
public class Study extends CitedEntity {

    @Id
    public String id;

    public String title;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public StudyKind kind;

    public String authors;

    @Column(name = "published_year")
    public Integer publishedYear;

    public String journal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapy_code")
    public Therapy therapy;

    public String population;

    public String comparator;

    public String summary;

    public String limitations;

    /** The study's own publication, where the article lists it among its references. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publication_id")
    public Source publication;

    /** The registered trial the study reports, by id (`/api/v1/trials/{id}`); the trial lists its publications. */
    @Column(name = "trial_id")
    public String trialId;

    /** What other sources claim about the study, checked against it. */
    @OneToMany(mappedBy = "study")
    @OrderBy("id")
    public List<Claim> claims = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "study_finding", joinColumns = @JoinColumn(name = "study_id"))
    @OrderBy("position")
    public List<Finding> findings = new ArrayList<>();
}
