package org.stemcellms.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stemcellms.clinic.Clinic;
import org.stemcellms.country.Country;
import org.stemcellms.source.CitedEntity;
import org.stemcellms.therapy.Therapy;

/**
 * What a therapy costs in a country and, where the source names one, at a clinic. A null maximum
 * means the price is open-ended ("$100,000+").
 */
@Entity
public class Cost extends CitedEntity {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapy_code")
    public Therapy therapy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    public Country country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clinic_id")
    public Clinic clinic;

    @Enumerated(EnumType.STRING)
    public CostSetting setting;

    public String label;

    @Column(name = "min_amount")
    public BigDecimal minAmount;

    @Column(name = "max_amount")
    public BigDecimal maxAmount;

    public String currency;

    public boolean approximate;

    @Column(name = "price_note")
    public String priceNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> includes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> excludes = new ArrayList<>();

    @Column(name = "applies_year")
    public Integer appliesYear;

    @Enumerated(EnumType.STRING)
    public PriceBasis basis;
}
