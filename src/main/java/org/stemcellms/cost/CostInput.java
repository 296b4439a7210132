package org.stemcellms.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.editing.Cited;
import org.stemcellms.editing.ContentInput;
import org.stemcellms.editing.Inputs;
import org.stemcellms.editing.ReadForm;
import org.stemcellms.editing.Since;

@Schema(name = "CostInput", description = "The write form of a cost record: the body of POST and PUT. State only prices a source gives.")
@ReadForm(CostView.class)
public record CostInput(
        @Schema(required = true, description = "Stable slug; required; to replace, it must be the id in the path.",
                example = "hsct-mx-clinica-ruiz")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Size(max = 100)
        String id,
        @Schema(required = true, description = "Code of an existing therapy.", example = "HSCT")
        @NotNull @Pattern(regexp = Inputs.CODE, message = Inputs.CODE_MESSAGE)
        String therapyCode,
        @Schema(required = true, description = "ISO 3166-1 alpha-2 code of an existing country.", example = "MX")
        @NotNull @Pattern(regexp = Inputs.COUNTRY, message = Inputs.COUNTRY_MESSAGE)
        String countryCode,
        @Schema(description = "Id of an existing clinic in that country; leave out for a country-wide figure.", example = "clinica-ruiz")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String clinicId,
        @Schema(description = "Leave out where the source does not say.")
        CostSetting setting,
        @Schema(required = true, example = "Mexico (Clinica Ruiz)")
        @NotBlank @Size(max = Inputs.NAME)
        String label,
        @Schema(required = true)
        @NotNull @Valid
        PriceInput price,
        @Schema(required = true)
        @NotNull @Size(max = Inputs.ITEMS)
        List<@NotNull Inclusion> includes,
        @Schema(description = "What the price excludes, as its source states; leave out or empty where it does not say.")
        @Size(max = Inputs.ITEMS)
        List<@NotNull Inclusion> excludes,
        @Schema(description = "The year the price applies to, where its source states one.", example = "2023")
        @Min(1990) @Max(2100)
        Integer appliesYear,
        @Schema(description = "What kind of figure it is; leave out where the source does not make it clear.")
        PriceBasis basis,
        @Size(max = Inputs.TEXT)
        String priceNote,
        @Schema(required = true, description = "The id of the source the record comes from.", example = "article")
        @NotNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String sourceId,
        @Schema(required = true, description = "Date the figure was last reviewed against its source; not in the future.",
                example = "2026-11-24")
        @NotNull @PastOrPresent @Since("1900-01-01")
        LocalDate reviewedOn,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. Every factual field given a value must be cited; "
                + "`sourceId`, `reviewedOn`, `position` and the id are not facts.", example = "{\"name\": [\"article\"]}")
        @NotNull
        Map<String, List<String>> citations) implements ContentInput, Cited {

    @Schema(name = "PriceInput", description = "A price range; leave out max for an open-ended price (\"$100,000+\").")
    @ReadForm(CostView.Price.class)
    public record PriceInput(
            @Schema(required = true, example = "54500")
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal min,
            @Schema(example = "58000")
            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal max,
            @Schema(required = true, description = "ISO 4217 currency code.", example = "USD")
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an upper-case ISO 4217 currency code, such as USD")
            String currency,
            @Schema(required = true, description = "True when the source calls the figures approximate.", example = "true")
            @NotNull
            Boolean approximate) {
    }

    public static CostInput from(Cost cost) {
        return new CostInput(cost.id, cost.therapy.code, cost.country.code, cost.clinic == null ? null : cost.clinic.id, cost.setting,
                cost.label, new PriceInput(cost.minAmount, cost.maxAmount, cost.currency, cost.approximate),
                cost.includes.stream().map(Inclusion::valueOf).toList(), cost.excludes.stream().map(Inclusion::valueOf).toList(),
                cost.appliesYear, cost.basis, cost.priceNote, cost.source.id, cost.reviewedOn, cost.citationsByField());
    }
}
