package org.stemcellms.web.query;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The paging parameters every collection takes. They arrive as text so that a bad value is a 400
 * naming the parameter, where JAX-RS conversion would answer 404.
 */
public class PageParams {

    /** The representations a collection offers: format=json (the default) or format=csv. */
    static final List<String> FORMATS = List.of("json", "csv");

    @QueryParam("page")
    @Parameter(description = "Page number, starting at 1. A page past the last one is empty.", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000000", defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, at most 100.", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    @QueryParam("format")
    @Parameter(description = "The representation: json (the default) or csv, which is the same as `Accept: text/csv`: one row "
            + "per item of this page, with the same filters, sorting and conversion.", example = "csv",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" }, defaultValue = "json"))
    String format;

    PageRequest parse(QueryParameters params) {
        params.oneOf("format", format, FORMATS);
        int number = params.integer("page", page, 1, 1, PageRequest.MAX_PAGE);
        int perPage = params.integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        return new PageRequest(number, perPage);
    }
}
