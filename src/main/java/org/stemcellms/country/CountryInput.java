package org.stemcellms.country;

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

@Schema(name = "CountryInput", description = "The write form of a country: the body of POST and PUT.")
@ReadForm(CountryView.class)
public record CountryInput(
        @Schema(required = true, description = "ISO 3166-1 alpha-2 code; required; to replace, it must be the code in the path.",
                example = "MX")
        @Pattern(regexp = Inputs.COUNTRY, message = Inputs.COUNTRY_MESSAGE)
        String code,
        @Schema(required = true, example = "Mexico")
        @NotBlank @Size(max = Inputs.NAME)
        String name,
        @Schema(description = "Leave out where the sources do not say.")
        HsctAccess hsctAccess,
        @Schema(description = "The source's words on how HSCT is accessed there; leave out where the sources do not say.")
        @Size(min = 1, max = Inputs.TEXT)
        String hsctAccessNote,
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

    @Override
    public String id() {
        return code;
    }

    @Override
    public String idField() {
        return "code";
    }

    public static CountryInput from(Country country) {
        return new CountryInput(country.code, country.name, country.hsctAccess, country.hsctAccessNote, country.source.id,
                country.reviewedOn, country.citationsByField());
    }
}
