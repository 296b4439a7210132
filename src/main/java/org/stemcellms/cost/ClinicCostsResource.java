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
import org.stemcellms.clinic.Clinic;
import org.stemcellms.clinic.ClinicService;
import org.stemcellms.currency.Conversion;
import org.stemcellms.currency.CurrencyConverter;
import org.stemcellms.currency.CurrencyParam;
import org.stemcellms.web.Api;
import org.stemcellms.web.Page;
import org.stemcellms.web.PageParams;
import org.stemcellms.web.Pages;
import org.stemcellms.web.QueryParameters;

/** A clinic's costs, at /clinics/{id}/costs: in this package, as it lists costs. */
@Path(Api.BASE + "/clinics/{id}/costs")
@Tag(name = "Clinics")
public class ClinicCostsResource {

    private final CostRepository costs;
    private final ClinicService service;
    private final CurrencyConverter converter;

    ClinicCostsResource(CostRepository costs, ClinicService service, CurrencyConverter converter) {
        this.costs = costs;
        this.service = service;
        this.converter = converter;
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
        QueryParameters params = new QueryParameters();
        String target = currency.code(params);
        var order = sort.parse(params);
        var page = params.page(paging);
        params.validate();
        Conversion conversion = converter.conversionTo(target);
        Clinic clinic = service.require(id);
        return Pages.respond(costs.search(CostRepository.Filter.ofClinic(clinic.id), order), page, cost -> CostView.from(cost, conversion), uri);
    }
}
