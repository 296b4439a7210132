package org.stemcellms.source;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "A publication, website or registry that the data cites.")
public record SourceView(
        @Schema(required = true, description = "Stable id.", example = "burt-2019-jama")
        String id,
        @Schema(required = true)
        SourceKind kind,
        @Schema(required = true, example = "Effect of Nonmyeloablative HSCT vs DMT on Disease Progression in RRMS")
        String title,
        @Schema(description = "Authors as the reference gives them.", example = "Burt RK, et al.")
        String authors,
        @Schema(description = "Journal or organisation.", example = "JAMA")
        String publisher,
        @Schema(description = "Year of publication.", example = "2019")
        Integer year,
        @Schema(description = "Web address of the page; absent only for the article and reference data shipped with the "
                + "service.", example = "https://clinicaltrials.gov")
        String url,
        @Schema(required = true, description = "What the source is and how the data uses it.")
        String description,
        @Schema(required = true, description = "Date the reference was last checked.", example = "2026-11-24")
        LocalDate reviewedOn,
        @Schema(description = "The page's own date, where the page shows one; absent otherwise (never guessed).",
                example = "2019-01-15")
        LocalDate pageDate,
        @Schema(required = true, description = "When the facts the data takes from it were read.", example = "2026-12-02")
        LocalDate readOn,
        @Schema(required = true, description = "When the record was created.", example = "2026-11-24T16:00:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When the record was last changed.", example = "2026-11-24T16:00:00Z")
        Instant updatedAt) {

    public static SourceView from(Source source) {
        return new SourceView(source.id, source.kind, source.title, source.authors, source.publisher, source.publishedYear,
                source.url, source.description, source.reviewedOn, source.pageDate, source.readOn, source.createdAt,
                source.updatedAt);
    }
}
