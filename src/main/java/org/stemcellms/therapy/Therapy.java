package org.stemcellms.therapy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stemcellms.source.CitedEntity;

/** A stem-cell therapy for MS: HSCT or MSC. */
@Entity
public class Therapy extends CitedEntity {

    @Id
    public String code;

    public String name;

    public String summary;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_level")
    public EvidenceLevel evidenceLevel;

    @Column(name = "evidence_note")
    public String evidenceNote;

    @Column(name = "fda_approved")
    public Boolean fdaApproved;

    @Column(name = "regulatory_note")
    public String regulatoryNote;

    @Column(name = "involves_chemotherapy")
    public boolean involvesChemotherapy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cell_sources")
    public List<String> cellSources = new ArrayList<>();

    @Column(name = "recovery_min_months")
    public Integer recoveryMinMonths;

    @Column(name = "recovery_max_months")
    public Integer recoveryMaxMonths;

    @Column(name = "recovery_note")
    public String recoveryNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "expected_benefits")
    public List<String> expectedBenefits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> pros = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> cons = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "therapy_step", joinColumns = @JoinColumn(name = "therapy_code"))
    @OrderBy("number")
    public List<TherapyStep> steps = new ArrayList<>();
}
