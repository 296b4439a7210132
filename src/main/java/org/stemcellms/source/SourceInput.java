package org.stemcellms.source;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stemcellms.editing.ContentInput;
import org.stemcellms.editing.Inputs;
import org.stemcellms.editing.ReadForm;
import org.stemcellms.editing.Since;

@Schema(name = "SourceInput", description = "The write form of a source: the body of POST and PUT.")
@ReadForm(SourceView.class)
public record SourceInput(
        @Schema(required = true, description = "Stable id; required; to replace, it must be the id in the path.",
                example = "burt-2019-jama")
        @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Size(max = 100)
        String id,
        @Schema(required = true)
        @NotNull
        SourceKind kind,
        @Schema(required = true, example = "Effect of Nonmyeloablative HSCT vs DMT on Disease Progression in RRMS")
        @NotBlank @Size(max = Inputs.NAME * 2)
        String title,
        @Schema(example = "Burt RK, et al.")
        @Size(max = Inputs.NAME)
        String authors,
        @Schema(description = "Journal or organisation.", example = "JAMA")
        @Size(max = Inputs.NAME)
        String publisher,
        @Schema(example = "2019")
        @Min(1900) @Max(2100)
        Integer year,
        @Schema(description = "Web address of the page; required for every kind but ARTICLE and REFERENCE_DATA.",
                example = "https://clinicaltrials.gov")
        @Pattern(regexp = Inputs.URL, message = Inputs.URL_MESSAGE) @Size(max = 2000)
        String url,
        @Schema(required = true)
        @NotBlank @Size(max = Inputs.TEXT)
        String description,
        @Schema(required = true, description = "Date the reference was last checked; not in the future.", example = "2026-11-24")
        @NotNull @PastOrPresent @Since("1900-01-01")
        LocalDate reviewedOn,
        @Schema(description = "The page's own date, where the page shows one (an article's date, \"Last Update Posted\"); "
                + "leave out otherwise: never guessed.", example = "2019-01-15")
        @PastOrPresent @Since("1900-01-01")
        LocalDate pageDate,
        @Schema(required = true, description = "When the facts the data takes from it were read; not in the future.", example = "2026-12-02")
        @NotNull @PastOrPresent @Since("1900-01-01")
        LocalDate readOn) implements ContentInput {

    public static SourceInput from(Source source) {
        return new SourceInput(source.id, source.kind, source.title, source.authors, source.publisher, source.publishedYear,
                source.url, source.description, source.reviewedOn, source.pageDate, source.readOn);
    }
}
