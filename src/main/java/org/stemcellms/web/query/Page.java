package org.stemcellms.web.query;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection, with the figures a client needs to page through it. */
public record Page<T>(
        @Schema(required = true, description = "The items on this page; empty past the last page.")
        List<T> items,
        @Schema(required = true, description = "This page's number, starting at 1.", example = "1")
        int page,
        @Schema(required = true, description = "The page size asked for.", example = "20")
        int size,
        @Schema(required = true, description = "Items in the whole collection, across all pages.", example = "4")
        long totalItems,
        @Schema(required = true, description = "Number of pages; 0 when the collection is empty.", example = "1")
        int totalPages) {
}
