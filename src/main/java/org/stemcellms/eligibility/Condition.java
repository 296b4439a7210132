package org.stemcellms.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One machine-readable test of a criterion: a parameter in a set of values, or below a threshold. */
@Embeddable
public class Condition {

    public int position;

    @Enumerated(EnumType.STRING)
    public ConditionParameter parameter;

    @Enumerated(EnumType.STRING)
    public Operator operator;

    public BigDecimal threshold;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed")
    public List<String> values = new ArrayList<>();

    public boolean typical;
}
