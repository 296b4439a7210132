package org.stemcellms.clinic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.country.CountryRef;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

@Schema(name = "Clinic", description = "A treatment centre offering stem-cell therapy for MS, with the facts public pages state about it, "
        + "each cited in `citations`; what no page states is absent.")
public record ClinicView(
        @Schema(required = true, description = "Stable slug, the clinic's id.", example = "clinica-ruiz")
        String id,
        @Schema(required = true, example = "Clinica Ruiz")
        String name,
        @Schema(required = true)
        CountryRef country,
        @Schema(required = true, description = "The write form of `country`: the country's code, as POST, PUT and PATCH take it.", example = "MX")
        String countryCode,
        @Schema(description = "Absent where the sources do not say.")
        AccessModel accessModel,
        @Schema(description = "How strictly it applies eligibility criteria; absent where the sources do not say.")
        EligibilityPolicy eligibilityPolicy,
        @Schema(description = "Absent where there is nothing to add to the cited facts.")
        String description,
        @Schema(required = true, description = "What the sources say sets it apart; may be empty.")
        List<String> highlights,
        @Schema(required = true, description = "The therapies it offers.")
        List<TherapyRef> therapies,
        @Schema(required = true, description = "The write form of `therapies`: their codes, as POST, PUT and PATCH take them.",
                example = "[\"HSCT\"]")
        List<String> therapyCodes,
        @Schema(description = "The city, as a source names it.", example = "Puebla")
        String city,
        @Schema(description = "The centre's own website.", example = "https://hsctmexico.com")
        String website,
        CentreKind centreKind,
        @Schema(required = true, description = "Conditioning protocols a source says it uses; empty where none says.")
        List<ConditioningProtocol> protocols,
        @Schema(required = true, description = "Conditioning intensities a source names; empty where none says.")
        List<Intensity> intensities,
        CareSetting careSetting,
        @Schema(required = true, description = "The MS types it accepts; empty where no source says.")
        List<MsType> msTypes,
        @Schema(description = "The lowest EDSS score it accepts.", example = "0")
        BigDecimal edssMin,
        @Schema(description = "The highest EDSS score it accepts.", example = "7.0")
        BigDecimal edssMax,
        @Schema(description = "The youngest age it accepts, in years.", example = "18")
        Integer ageMin,
        @Schema(description = "The oldest age it accepts, in years.", example = "65")
        Integer ageMax,
        @Schema(description = "The most years since diagnosis it accepts.", example = "10")
        Integer maxYearsSinceDiagnosis,
        @Schema(description = "How many days a patient stays for the treatment.", example = "28")
        Integer stayDays,
        @Schema(description = "Whether a companion (caregiver) must come.", example = "true")
        Boolean companionRequired,
        ProgrammeStatus programmeStatus,
        @Schema(description = "How many patients it has treated, as of `patientsTreatedOn`.", example = "1925")
        Integer patientsTreated,
        @Schema(description = "The date a source gives for `patientsTreated`.", example = "2023-10-01")
        LocalDate patientsTreatedOn,
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
                clinic.therapies.stream().map(therapy -> therapy.code).toList(), clinic.city, clinic.website, clinic.centreKind,
                ClinicInput.enums(clinic.protocols, ConditioningProtocol.class), ClinicInput.enums(clinic.intensities, Intensity.class),
                clinic.careSetting, ClinicInput.enums(clinic.msTypes, MsType.class), clinic.edssMin, clinic.edssMax, clinic.ageMin,
                clinic.ageMax, clinic.maxYearsSinceDiagnosis, clinic.stayDays, clinic.companionRequired, clinic.programmeStatus,
                clinic.patientsTreated, clinic.patientsTreatedOn, SourceRef.from(clinic.source), clinic.source.id,
                clinic.citationsByField(), clinic.reviewedOn, clinic.createdAt, clinic.updatedAt);
    }
}
