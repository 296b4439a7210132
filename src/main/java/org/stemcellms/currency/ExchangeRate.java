package org.stemcellms.currency;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.stemcellms.source.CitedEntity;

/** How many units of a currency one euro buys, on a date, from a source: the ECB's reference rates. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends CitedEntity {

    @Id
    public String currency;

    @Column(name = "units_per_eur")
    public BigDecimal unitsPerEur;

    @Column(name = "rate_date")
    public LocalDate rateDate;
}
