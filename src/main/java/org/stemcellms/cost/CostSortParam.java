package org.stemcellms.cost;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.stemcellms.web.Api;
import org.stemcellms.web.query.QueryParameters;

import io.quarkus.panache.common.Sort;

/** The sort parameter of every cost collection: /costs, a country's costs and a clinic's costs. */
public class CostSortParam {

    @QueryParam("sort")
    @Parameter(description = Api.SORT_DESCRIPTION + " An open-ended maximum sorts as the highest price.", example = "-maxPrice",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "minPrice", "-minPrice", "maxPrice", "-maxPrice", "country",
                    "-country", "label", "-label" }, defaultValue = "minPrice"))
    String sort;

    public Sort parse(QueryParameters params) {
        return params.sort("sort", sort, CostRepository.SORTING);
    }
}
