package org.stemcellms.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country as other records refer to it. */
@Schema(name = "CountryRef", description = "A country, by ISO code and name; `/api/v1/countries/{code}` has the rest.")
public record CountryRef(
        @Schema(required = true, description = "ISO 3166-1 alpha-2 code.", example = "MX") String code,
        @Schema(required = true, example = "Mexico") String name) {

    public static CountryRef from(Country country) {
        return country == null ? null : new CountryRef(country.code, country.name);
    }
}
