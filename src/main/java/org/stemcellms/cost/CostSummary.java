package org.stemcellms.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.clinic.ClinicRef;
import org.stemcellms.country.CountryRef;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

@Schema(name = "CostSummary", description = "What a therapy costs per country, cheapest first, in one currency. Open-ended prices "
        + "(\"$100,000+\") stay open-ended: they are never given a made-up maximum.")
public record CostSummary(
        @Schema(description = "The therapy summarised; absent when every therapy is.")
        TherapyRef therapy,
        @Schema(required = true, description = "ISO 4217 code of every figure in the summary.", example = "EUR")
        String currency,
        @Schema(required = true, description = "One entry per country with costs, cheapest first (by lowest figure, then highest).")
        List<CountryCosts> countries,
        @Schema(description = "The country with the highest figures (an open-ended price counts as the highest); absent when there "
                + "are no costs.")
        CountryRef mostExpensive,
        @Schema(required = true, description = "The exchange rates used, one per original currency.")
        List<RateUsed> rates,
        @Schema(required = true, description = "Cost records left out because the data has no exchange rate for their currency.",
                example = "0")
        int recordsWithoutRate) {

    @Schema(name = "CountryCosts", description = "The costs of one country, in the summary's currency.")
    public record CountryCosts(
            @Schema(required = true) CountryRef country,
            @Schema(required = true, description = "The lowest figure of any of its cost records.", example = "22411.47") BigDecimal lowest,
            @Schema(description = "The highest figure; absent when a price is open-ended.", example = "31376.06") BigDecimal highest,
            @Schema(required = true, description = "True when a price has no upper bound.", example = "false") boolean openEnded,
            @Schema(required = true, description = "How many cost records the figures come from.", example = "1") int costRecords,
            @Schema(required = true, description = "The clinics the figures come from; empty for country-wide figures.")
            List<ClinicRef> clinics,
            @Schema(required = true, description = "The same figures as the sources give them, one entry per original currency.")
            List<OriginalRange> original,
            @Schema(required = true, description = "The sources the figures come from.") List<SourceRef> sources,
            @Schema(required = true, description = "The dates the figures were last reviewed against their sources.") List<LocalDate> asOf,
            @Schema(required = true, description = "How much more the most expensive country costs.") Difference differenceToMostExpensive,
            @Schema(required = true, description = "True when its observations do not all state the same figures: sources (or years) "
                    + "disagree, and every figure is kept.", example = "true") boolean observationsDisagree,
            @Schema(description = "The newest page date among its observations; absent when no page shows one.", example = "2022-05-04")
            LocalDate newestObservation,
            @Schema(required = true, description = "How many of its observations are dated: older than `stemcellms.prices.dated-after-years` "
                    + "(3 by default) by the year they apply to, or else their page's date.", example = "1") int datedObservations,
            @Schema(required = true, description = "The same comparison for each centre with observations of its own; empty when all "
                    + "are country-wide.") List<CentreCosts> centres) {
    }

    @Schema(name = "CentreCosts", description = "The observations of one centre, in the summary's currency.")
    public record CentreCosts(
            @Schema(required = true) ClinicRef clinic,
            @Schema(required = true, description = "The lowest figure of its observations.", example = "48857.01") BigDecimal lowest,
            @Schema(description = "The highest figure; absent when a price is open-ended.", example = "51994.62") BigDecimal highest,
            @Schema(required = true, description = "True when a price has no upper bound.", example = "false") boolean openEnded,
            @Schema(required = true, description = "How many observations the figures come from.", example = "2") int observations,
            @Schema(required = true, description = "How many different sources state them.", example = "2") int sourceCount,
            @Schema(required = true, description = "True when its observations do not all state the same figures.", example = "true")
            boolean observationsDisagree,
            @Schema(description = "The newest page date among its observations; absent when no page shows one.", example = "2022-05-04")
            LocalDate newestObservation,
            @Schema(required = true, description = "How many of its observations are dated.", example = "0") int datedObservations,
            @Schema(required = true, description = "Its figures as the sources give them, one entry per original currency.")
            List<OriginalRange> original) {
    }

    @Schema(name = "OriginalRange", description = "A country's figures in one original currency, before any conversion.")
    public record OriginalRange(
            @Schema(required = true, description = "ISO 4217 code.", example = "USD") String currency,
            @Schema(required = true, description = "The lowest original figure.", example = "25000") BigDecimal lowest,
            @Schema(description = "The highest original figure; absent when a price is open-ended.", example = "35000")
            BigDecimal highest,
            @Schema(required = true, description = "True when a price has no upper bound.", example = "false") boolean openEnded) {
    }

    @Schema(name = "CostDifference", description = "The most expensive country's figures minus this country's.")
    public record Difference(
            @Schema(required = true, description = "Difference between the lowest figures.", example = "67234.43") BigDecimal lowest,
            @Schema(description = "Difference between the highest figures; absent when either is open-ended, as it then has no "
                    + "bound (0 for the most expensive country itself).",
                    example = "20618.56") BigDecimal highest,
            @Schema(required = true, description = "True when the difference between the highest figures has no bound.",
                    example = "true") boolean openEnded) {
    }

    @Schema(name = "RateUsed", description = "An exchange rate the summary used.")
    public record RateUsed(
            @Schema(required = true, example = "USD") String from,
            @Schema(required = true, example = "EUR") String to,
            @Schema(required = true, description = "Units of `to` per unit of `from`, to 12 significant digits.",
                    example = "0.896458987001") BigDecimal rate,
            @Schema(description = "Absent for the same currency.", example = "2024-09-26") LocalDate rateDate,
            @Schema(description = "Absent for the same currency.") SourceRef source,
            @Schema(required = true, example = "half up to 2 decimal places") String rounding) {
    }
}
