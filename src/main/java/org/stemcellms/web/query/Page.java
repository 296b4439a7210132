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
        @Schema(required = true, description = "Items in the whole collection, across all pages: exactly, or, when "
                + "`totalItemsExact` is false, at least this many.", example = "4")
        long totalItems,
        @Schema(required = true, description = "Whether `totalItems` is exact. Counting stops at 10,000 matching items (the "
                + "service's `stemcellms.exact-count-limit`), so that a broad filter is as fast as a narrow one: past it, "
                + "`totalItems` and `totalPages` are lower bounds, there is no `last` link, and `next` links lead on until the "
                + "last page, which is exact again.", example = "true")
        boolean totalItemsExact,
        @Schema(required = true, description = "Number of pages (at least this many when `totalItemsExact` is false); 0 when "
                + "the collection is empty.", example = "1")
        int totalPages) {
}
