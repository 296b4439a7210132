package org.stemcellms.cost;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.clinic.ClinicService;
import org.stemcellms.currency.CurrencyParam;
import org.stemcellms.web.Api;
import org.stemcellms.web.query.Page;
import org.stemcellms.web.query.PageParams;

/** A clinic's costs, at /clinics/{id}/costs: in this package, as it lists costs. */
@Path(Api.BASE + "/clinics/{id}/costs")
@Tag(name = "Clinics")
public class ClinicCostsResource {

    private final CostLists lists;
    private final ClinicService service;

    ClinicCostsResource(CostLists lists, ClinicService service) {
        this.lists = lists;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listClinicCosts", summary = "List a clinic's costs",
            description = "The cost records of one clinic, sorted and paged; the same records as `/costs?clinic={id}`.")
    public RestResponse<Page<CostView>> costs(
            @PathParam("id") @Parameter(description = "The clinic's id.", example = "clinica-ruiz") String id,
            @BeanParam PageParams paging,
            @BeanParam CostSortParam sort,
            @BeanParam CurrencyParam currency,
            @Context UriInfo uri) {
        return lists.respond(paging, sort, currency, () -> CostRepository.Filter.ofClinic(service.require(id).id), uri);
    }
}
