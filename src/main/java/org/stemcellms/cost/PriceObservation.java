package org.stemcellms.cost;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.stemcellms.clinic.ClinicRef;
import org.stemcellms.country.CountryRef;
import org.stemcellms.source.SourceRef;

/** What the cost summary reads of one cost: where, at which centre, from which page (and its date), the figures and their dates. */
public record PriceObservation(CountryRef country, ClinicRef clinic, SourceRef source, LocalDate sourcePageDate, String currency,
        BigDecimal minAmount, BigDecimal maxAmount, LocalDate reviewedOn, Integer appliesYear) {
}
