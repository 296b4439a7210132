package org.stemcellms.clinic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
        @Schema(required = true)
        @NotNull
        AccessModel accessModel,
        @Schema(description = "Leave out where the sources do not say.")
        EligibilityPolicy eligibilityPolicy,
        @Schema(required = true)
        @NotBlank @Size(max = Inputs.TEXT)
        String description,
        @Schema(required = true)
        @NotNull @Size(max = Inputs.ITEMS)
        List<@NotBlank @Size(max = Inputs.NAME) String> highlights,
        @Schema(required = true, description = "Codes of the existing therapies it offers.", example = "[\"HSCT\"]")
        @NotNull @Size(max = Inputs.ITEMS)
        List<@NotNull @Pattern(regexp = Inputs.CODE, message = Inputs.CODE_MESSAGE) String> therapyCodes,
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
                clinic.description, List.copyOf(clinic.highlights), therapyCodes, clinic.source.id, clinic.reviewedOn, clinic.citationsByField());
    }
}
