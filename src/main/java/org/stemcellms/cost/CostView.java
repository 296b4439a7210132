package org.stemcellms.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.clinic.ClinicRef;
import org.stemcellms.country.CountryRef;
import org.stemcellms.currency.Conversion;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

@Schema(name = "Cost", description = "What a therapy costs in a country and, where the source names one, at a clinic.")
public record CostView(
        @Schema(required = true, description = "Stable slug, the cost record's id.", example = "hsct-mx-clinica-ruiz")
        String id,
        @Schema(required = true)
        TherapyRef therapy,
        @Schema(required = true, description = "The write form of `therapy`: the therapy's code, as POST, PUT and PATCH take it.", example = "HSCT")
        String therapyCode,
        @Schema(required = true)
        CountryRef country,
        @Schema(required = true, description = "The write form of `country`: the country's code, as POST, PUT and PATCH take it.", example = "MX")
        String countryCode,
        @Schema(description = "The clinic the price comes from; absent for a country-wide figure.")
        ClinicRef clinic,
        @Schema(description = "The write form of `clinic`: the clinic's id, as POST, PUT and PATCH take it. Absent when the reference is.", example = "clinica-ruiz")
        String clinicId,
        @Schema(description = "Where the price applies; absent where the source does not say.")
        CostSetting setting,
        @Schema(required = true, description = "The row label the source uses.", example = "Mexico (Clinica Ruiz)")
        String label,
        @Schema(required = true)
        Price price,
        @Schema(description = "The price converted into the currency asked for with `currency`, beside the original; absent "
                + "when no currency was asked for, or when the data has no rate for this price's currency.")
        ConvertedPrice converted,
        @Schema(description = "Why `converted` is absent although a currency was asked for: the data has no exchange rate for the "
                + "price's currency.", example = "No exchange rate on file for RUB: the price is shown as its source states it.")
        String conversionNote,
        @Schema(required = true, description = "What the price includes.")
        List<Inclusion> includes,
        @Schema(required = true, description = "What the price excludes, as its source states; may be empty.")
        List<Inclusion> excludes,
        @Schema(description = "The year the price applies to, where its source states one.", example = "2023")
        Integer appliesYear,
        @Schema(description = "What kind of figure it is; absent where the source does not make it clear.")
        PriceBasis basis,
        @Schema(description = "The source's qualification of the price.",
                example = "Limited access; the figure is open-ended ($100,000+).")
        String priceNote,
        @Schema(required = true)
        SourceRef source,
        @Schema(required = true, description = "The write form of `source`: the source's id, as POST, PUT and PATCH take it.", example = "article")
        String sourceId,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. A write takes them back as they are.",
                example = "{\"name\": [\"article\"]}")
        Map<String, List<String>> citations,
        @Schema(required = true, description = "Date the figure was last reviewed against its source; the article gives no date for its prices.",
                example = "2026-11-24")
        LocalDate reviewedOn,
        @Schema(required = true, description = "When the record was created.", example = "2026-11-24T16:00:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When the record was last changed.", example = "2026-11-24T16:00:00Z")
        Instant updatedAt) {

    @Schema(name = "Price", description = "A price range in one currency. An open-ended price has no maximum: it is never given "
            + "a made-up one.")
    public record Price(
            @Schema(required = true, description = "Lower end of the range.", example = "54500") BigDecimal min,
            @Schema(description = "Upper end of the range; absent when open-ended.", example = "58000")
            BigDecimal max,
            @Schema(required = true, description = "ISO 4217 currency code.", example = "USD") String currency,
            @Schema(required = true, description = "True when the price has no upper bound, as in \"$100,000+\".", example = "false")
            boolean openEnded,
            @Schema(required = true, description = "True when the source calls the figures approximate.", example = "true")
            boolean approximate) {
    }

    @Schema(name = "ConvertedPrice", description = "A price converted with a stated rate: each figure is the original times `rate`, "
            + "rounded as `rounding` says.")
    public record ConvertedPrice(
            @Schema(required = true, example = "48857.01") BigDecimal min,
            @Schema(description = "Absent when open-ended.", example = "51994.62") BigDecimal max,
            @Schema(required = true, description = "ISO 4217 currency code.", example = "EUR") String currency,
            @Schema(required = true, description = "Units of `currency` per unit of the original currency, to 12 significant digits.",
                    example = "0.896458987001")
            BigDecimal rate,
            @Schema(description = "The date of the exchange rate(s) used; absent for the same currency.", example = "2024-09-26")
            LocalDate rateDate,
            @Schema(description = "The source of the exchange rate; absent for the same currency.") SourceRef rateSource,
            @Schema(required = true, example = "half up to 2 decimal places") String rounding) {

        public static ConvertedPrice of(BigDecimal min, BigDecimal max, String from, Conversion conversion) {
            if (conversion == null || !conversion.canConvert(from)) {
                return null;
            }
            Conversion.Rate rate = conversion.rate(from);
            return new ConvertedPrice(conversion.convert(min, from), conversion.convert(max, from), conversion.target(), rate.rate(),
                    rate.date(), rate.source(), conversion.rounding());
        }
    }

    public static CostView from(Cost cost) {
        return from(cost, null);
    }

    /** The cost, with its price also converted when {@code conversion} is given. */
    public static CostView from(Cost cost, Conversion conversion) {
        Price price = new Price(cost.minAmount, cost.maxAmount, cost.currency, cost.maxAmount == null, cost.approximate);
        return new CostView(cost.id, TherapyRef.from(cost.therapy), cost.therapy.code, CountryRef.from(cost.country), cost.country.code, ClinicRef.from(cost.clinic), cost.clinic == null ? null : cost.clinic.id,
                cost.setting, cost.label, price, ConvertedPrice.of(cost.minAmount, cost.maxAmount, cost.currency, conversion),
                conversion == null || conversion.canConvert(cost.currency) ? null
                        : "No exchange rate on file for " + cost.currency + ": the price is shown as its source states it.",
                cost.includes.stream().map(Inclusion::valueOf).toList(), cost.excludes.stream().map(Inclusion::valueOf).toList(),
                cost.appliesYear, cost.basis, cost.priceNote,
                SourceRef.from(cost.source), cost.source.id, cost.citationsByField(), cost.reviewedOn, cost.createdAt, cost.updatedAt);
    }
}
