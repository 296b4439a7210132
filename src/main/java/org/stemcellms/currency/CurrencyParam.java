package org.stemcellms.currency;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.stemcellms.web.query.QueryParameters;

/** The currency parameter of everything that shows prices: the costs and their summary. */
public class CurrencyParam {

    @QueryParam("currency")
    @Parameter(description = "Also give every price in this currency (ISO 4217 code), beside the original, converted with the "
            + "exchange rates in the data (the ECB's reference rates, EUR base), with the rate, its date and its source. A "
            + "currency without a rate, such as RUB, is a 400.", example = "EUR",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{3}$"))
    String currency;

    /** The requested currency, upper-cased, or null; an invalid code is recorded in {@code params}. */
    public String code(QueryParameters params) {
        return params.currency("currency", currency);
    }
}
