package org.stemcellms.currency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.editing.Cited;
import org.stemcellms.editing.ContentInput;
import org.stemcellms.editing.Inputs;
import org.stemcellms.editing.ReadForm;
import org.stemcellms.editing.Since;

@Schema(name = "ExchangeRateInput", description = "The write form of an exchange rate: the body of POST and PUT (admins only).")
@ReadForm(ExchangeRateView.class)
public record ExchangeRateInput(
        @Schema(required = true, description = "ISO 4217 code (not EUR, the base); required; to replace, it must be the one in "
                + "the path.", example = "USD")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an upper-case ISO 4217 currency code, such as USD")
        String currency,
        @Schema(required = true, description = "Units of the currency per 1 EUR.", example = "1.1155")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 6)
        BigDecimal unitsPerEur,
        @Schema(required = true, description = "The date the rate applies to; not in the future.", example = "2024-09-26")
        @NotNull @PastOrPresent @Since("1999-01-01")
        LocalDate rateDate,
        @Schema(required = true, description = "The id of the source the rate comes from.", example = "ecb-eurofxref-2024-09-26")
        @NotNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        String sourceId,
        @Schema(required = true, description = "Date the record was last reviewed against its source; not in the future.",
                example = "2026-11-24")
        @NotNull @PastOrPresent @Since("1900-01-01")
        LocalDate reviewedOn,
        @Schema(required = true, description = "For each factual field that has a value, the ids of the sources that state it. Every factual field given a value must be cited; "
                + "`sourceId`, `reviewedOn`, `position` and the id are not facts.", example = "{\"name\": [\"article\"]}")
        @NotNull
        Map<String, List<String>> citations) implements ContentInput, Cited {

    @Override
    public String id() {
        return currency;
    }

    @Override
    public String idField() {
        return "currency";
    }

    public static ExchangeRateInput from(ExchangeRate rate) {
        return new ExchangeRateInput(rate.currency, rate.unitsPerEur, rate.rateDate, rate.source.id, rate.reviewedOn, rate.citationsByField());
    }
}
