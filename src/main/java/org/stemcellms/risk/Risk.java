package org.stemcellms.risk;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.stemcellms.source.CitedEntity;
import org.stemcellms.therapy.Therapy;

/** A risk or side effect of a therapy, with its category, severity and frequency where the source gives them. */
@Entity
public class Risk extends CitedEntity {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapy_code")
    public Therapy therapy;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public RiskCategory category;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    public Frequency frequency;

    @Column(name = "incidence_min_percent")
    public BigDecimal incidenceMinPercent;

    @Column(name = "incidence_max_percent")
    public BigDecimal incidenceMaxPercent;

    @Column(name = "can_be_permanent")
    public Boolean canBePermanent;
}
