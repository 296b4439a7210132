package org.stemcellms.country;

import java.util.List;
import java.util.Map;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.source.SourceRef;

@Schema(name = "Country", description = "A country where HSCT for MS is offered, and how it is accessed there.")
public record CountryView(
        @Schema(required = true, description = "ISO 3166-1 alpha-2 code, the country's id.", example = "MX")
        String code,
        @Schema(required = true, example = "Mexico")
        String name,
        @Schema(description = "Absent where the sources do not say.")
        HsctAccess hsctAccess,
        @Schema(description = "The source's words on how HSCT is accessed there; absent where the sources do not say.",
                example = "Clinica Ruiz is popular among medical tourists due to lower cost and liberal eligibility.")
        String hsctAccessNote,
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

    public static CountryView from(Country country) {
        return new CountryView(country.code, country.name, country.hsctAccess, country.hsctAccessNote,
                SourceRef.from(country.source), country.source.id, country.citationsByField(), country.reviewedOn, country.createdAt, country.updatedAt);
    }
}
