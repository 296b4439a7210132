package org.stemcellms.clinic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
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

@Schema(name = "ClinicInput", description = "The write form of a clinic: the body of POST and PUT. Give no address or website "
        + "that no source states.")
@ReadForm(ClinicView.class)
public record ClinicInput(
        @Schema(required = true, description = "Stable slug; required; to replace, it must be the id in the path.",
                example = "clinica-ruiz")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Size(max = 100)
        String id,
        @Schema(required = true, example = "Clinica Ruiz")
        @NotBlank @Size(max = Inputs.NAME)
        String name,
        @Schema(required = true, description = "ISO 3166-1 alpha-2 code of an existing country.", example = "MX")
        @NotNull @Pattern(regexp = Inputs.COUNTRY, message = Inputs.COUNTRY_MESSAGE)
        String countryCode,
        @Schema(description = "Leave out where the sources do not say.")
        AccessModel accessModel,
        @Schema(description = "Leave out where the sources do not say.")
        EligibilityPolicy eligibilityPolicy,
        @Schema(description = "In your own words; leave out where there is nothing to add to the cited facts.")
        @Size(min = 1, max = Inputs.TEXT)
        String description,
        @Schema(required = true)
        @NotNull @Size(max = Inputs.ITEMS)
        List<@NotBlank @Size(max = Inputs.NAME) String> highlights,
        @Schema(required = true, description = "Codes of the existing therapies it offers.", example = "[\"HSCT\"]")
        @NotNull @Size(max = Inputs.ITEMS)
        List<@NotNull @Pattern(regexp = Inputs.CODE, message = Inputs.CODE_MESSAGE) String> therapyCodes,
        @Schema(description = "The city, as a source names it.", example = "Puebla")
        @Size(min = 1, max = Inputs.NAME)
        String city,
        @Schema(description = "The centre's own website.", example = "https://hsctmexico.com")
        @Pattern(regexp = Inputs.URL, message = Inputs.URL_MESSAGE) @Size(max = 2000)
        String website,
        CentreKind centreKind,
        @Schema(description = "Conditioning protocols a source says it uses; empty where none says.")
        @Size(max = 10)
        List<@NotNull ConditioningProtocol> protocols,
        @Schema(description = "Conditioning intensities a source names; empty where none says.")
        @Size(max = 3)
        List<@NotNull Intensity> intensities,
        CareSetting careSetting,
        @Schema(description = "The MS types it accepts; empty where no source says.")
        @Size(max = 4)
        List<@NotNull MsType> msTypes,
        @Schema(description = "The lowest EDSS score it accepts.", example = "0")
        @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 1)
        BigDecimal edssMin,
        @Schema(description = "The highest EDSS score it accepts.", example = "7.0")
        @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 1)
        BigDecimal edssMax,
        @Schema(description = "The youngest age it accepts, in years.", example = "18")
        @Min(0) @Max(120)
        Integer ageMin,
        @Schema(description = "The oldest age it accepts, in years.", example = "65")
        @Min(0) @Max(120)
        Integer ageMax,
        @Schema(description = "The most years since diagnosis it accepts.", example = "10")
        @Min(0) @Max(100)
        Integer maxYearsSinceDiagnosis,
        @Schema(description = "How many days a patient stays for the treatment.", example = "28")
        @Min(1) @Max(365)
        Integer stayDays,
        @Schema(description = "Whether a companion (caregiver) must come.", example = "true")
        Boolean companionRequired,
        ProgrammeStatus programmeStatus,
        @Schema(description = "How many patients it has treated, as of `patientsTreatedOn`.", example = "1925")
        @Min(0) @Max(1_000_000)
        Integer patientsTreated,
        @Schema(description = "The date a source gives for `patientsTreated`; both or neither.", example = "2023-10-01")
        @PastOrPresent @Since("1900-01-01")
        LocalDate patientsTreatedOn,
        @Schema(required = true, description = "The id of the source the record comes from.", example = "article")
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

    public static ClinicInput from(Clinic clinic) {
        // codes sorted, as the clinic's therapies load sorted: the same set is the same write form
        List<String> therapyCodes = clinic.therapies.stream().map(therapy -> therapy.code).sorted().toList();
        return new ClinicInput(clinic.id, clinic.name, clinic.country.code, clinic.accessModel, clinic.eligibilityPolicy,
                clinic.description, List.copyOf(clinic.highlights), therapyCodes, clinic.city, clinic.website, clinic.centreKind,
                enums(clinic.protocols, ConditioningProtocol.class), enums(clinic.intensities, Intensity.class), clinic.careSetting,
                enums(clinic.msTypes, MsType.class), clinic.edssMin, clinic.edssMax, clinic.ageMin, clinic.ageMax,
                clinic.maxYearsSinceDiagnosis, clinic.stayDays, clinic.companionRequired, clinic.programmeStatus, clinic.patientsTreated,
                clinic.patientsTreatedOn, clinic.source.id, clinic.reviewedOn, clinic.citationsByField());
    }

    /** A text[] column of enum names as the enum's values, in the order stored. */
    public static <T extends Enum<T>> List<T> enums(List<String> names, Class<T> type) {
        return names.stream().map(name -> Enum.valueOf(type, name)).toList();
    }
}
