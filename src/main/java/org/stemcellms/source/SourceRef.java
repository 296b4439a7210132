package org.stemcellms.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The citation a record carries: enough to name and link its source. */
@Schema(name = "SourceRef", description = "The source a record comes from; `/api/v1/sources/{id}` has the full reference.")
public record SourceRef(
        @Schema(required = true, description = "The source's id.", example = "article")
        String id,
        @Schema(required = true, description = "The source's title.", example = "Stem Cell Therapy for Multiple Sclerosis (MS): Hope, Hype, and Healing")
        String title,
        @Schema(description = "Web address, where the source gives one.", example = "https://clinicaltrials.gov")
        String url) {

    public static SourceRef from(Source source) {
        return source == null ? null : new SourceRef(source.id, source.title, source.url);
    }
}
