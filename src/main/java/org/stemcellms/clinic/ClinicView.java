package org.stemcellms.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.country.CountryRef;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

@Schema(name = "Clinic", description = "A treatment centre offering stem-cell therapy for MS. The sources give no address or "
        + "website for any centre, so none is stated.")
public record ClinicView(
        @Schema(required = true, description = "Stable slug, the clinic's id.", example = "clinica-ruiz")
        String id,
        @Schema(required = true, example = "Clinica Ruiz")
        String name,
        @Schema(required = true)
        CountryRef country,
        @Schema(required = true, description = "The write form of `country`: the country's code, as POST, PUT and PATCH take it.", example = "MX")
        String countryCode,
        @Schema(required = true)
        AccessModel accessModel,
        @Schema(description = "How strictly it applies eligibility criteria; absent where the sources do not say.")
        EligibilityPolicy eligibilityPolicy,
        @Schema(required = true)
        String description,
        @Schema(required = true, description = "What the sources say sets it apart; may be empty.")
        List<String> highlights,
        @Schema(required = true, description = "The therapies it offers.")
        List<TherapyRef> therapies,
        @Schema(required = true, description = "The write form of `therapies`: their codes, as POST, PUT and PATCH take them.",
                example = "[\"HSCT\"]")
        List<String> therapyCodes,
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

    public static ClinicView from(Clinic clinic) {
        return new ClinicView(clinic.id, clinic.name, CountryRef.from(clinic.country), clinic.country.code, clinic.accessModel,
                clinic.eligibilityPolicy, clinic.description, List.copyOf(clinic.highlights),
                clinic.therapies.stream().map(TherapyRef::from).toList(),
                clinic.therapies.stream().map(therapy -> therapy.code).toList(), SourceRef.from(clinic.source), clinic.source.id, clinic.citationsByField(), clinic.reviewedOn, clinic.createdAt, clinic.updatedAt);
    }
}
