package org.stemcellms.study;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One finding of a study, with its figure where the source gives one. */
@Embeddable
public class Finding {

    public int position;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String statement;

    public String population;

    public String comparator;

    @Column(name = "value_min")
    public BigDecimal valueMin;

    @Column(name = "value_max")
    public BigDecimal valueMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_unit")
    public ValueUnit valueUnit;

    public boolean approximate;

    @Column(name = "open_ended")
    public boolean openEnded;

    @Column(name = "follow_up_years")
    public BigDecimal followUpYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_measure")
    public FollowUpMeasure followUpMeasure;

    /** The number of patients the figure rests on. */
    public Integer patients;

    /** The comparator arm's figure, in the same unit. */
    @Column(name = "comparator_value")
    public BigDecimal comparatorValue;

    @Column(name = "ci_low")
    public BigDecimal ciLow;

    @Column(name = "ci_high")
    public BigDecimal ciHigh;

    @Column(name = "ci_level")
    public BigDecimal ciLevel;
}
