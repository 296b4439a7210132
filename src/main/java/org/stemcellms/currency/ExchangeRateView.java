package org.stemcellms.currency;

import java.util.List;
import java.util.Map;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.source.SourceRef;

@Schema(name = "ExchangeRate", description = "How many units of a currency one euro buys (the ECB's base is EUR).")
public record ExchangeRateView(
        @Schema(required = true, description = "ISO 4217 code, the rate's id.", example = "USD")
        String currency,
        @Schema(required = true, description = "Units of the currency per 1 EUR.", example = "1.1155")
        BigDecimal unitsPerEur,
        @Schema(required = true, description = "The date the rate applies to.", example = "2024-09-26")
        LocalDate rateDate,
        @Schema(required = true)
        SourceRef source,
        @Schema(required = true, description = "The write form of `source`: the source's id, as POST, PUT and PATCH take it.", example = "article")
        String sourceId,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. A write takes them back as they are.",
                example = "{\"name\": [\"article\"]}")
        Map<String, List<String>> citations,
        @Schema(required = true, description = "Date the record was last reviewed against its source.", example = "2026-11-24")
        LocalDate reviewedOn,
        @Schema(required = true, description = "When the record was created.", example = "2026-11-24T16:00:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When the record was last changed.", example = "2026-11-24T16:00:00Z")
        Instant updatedAt) {

    public static ExchangeRateView from(ExchangeRate rate) {
        return new ExchangeRateView(rate.currency, rate.unitsPerEur, rate.rateDate, SourceRef.from(rate.source), rate.source.id, rate.citationsByField(), rate.reviewedOn,
                rate.createdAt, rate.updatedAt);
    }
}
