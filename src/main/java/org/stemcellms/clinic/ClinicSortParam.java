package org.stemcellms.clinic;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.stemcellms.web.Api;
import org.stemcellms.web.query.QueryParameters;

import io.quarkus.panache.common.Sort;

/** The sort parameter of every clinic collection: /clinics and a country's clinics. */
public class ClinicSortParam {

    @QueryParam("sort")
    @Parameter(description = Api.SORT_DESCRIPTION, example = "country",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "name", "-name", "country", "-country" }, defaultValue = "name"))
    String sort;

    public Sort parse(QueryParameters params) {
        return params.sort("sort", sort, ClinicRepository.SORTING);
    }
}
