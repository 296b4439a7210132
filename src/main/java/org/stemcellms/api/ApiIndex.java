package org.stemcellms.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiIndex", description = "What the API offers, with a link to each collection and to its documentation.")
public record ApiIndex(
        @Schema(required = true, example = "Stem-cell therapy for MS: data API") String name,
        @Schema(required = true) String description,
        @Schema(required = true, description = "The API version.", example = "1") String version,
        @Schema(required = true, description = "Every collection.") List<ResourceLink> resources,
        @Schema(required = true, description = "Documentation and operational endpoints.") List<ResourceLink> links) {

    @Schema(name = "ResourceLink", description = "A named link.")
    public record ResourceLink(
            @Schema(required = true, example = "countries") String name,
            @Schema(required = true, description = "Path of the resource.", example = "/api/v1/countries") String href,
            @Schema(required = true) String description) {
    }
}
