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
import org.stemcellms.country.CountryService;
import org.stemcellms.currency.CurrencyParam;
import org.stemcellms.web.Api;
import org.stemcellms.web.query.Page;
import org.stemcellms.web.query.PageParams;

/** A country's costs, at /countries/{code}/costs: in this package, as it lists costs. */
@Path(Api.BASE + "/countries/{code}/costs")
@Tag(name = "Countries")
public class CountryCostsResource {

    private final CostLists lists;
    private final CountryService service;

    CountryCostsResource(CostLists lists, CountryService service) {
        this.lists = lists;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listCountryCosts", summary = "List a country's costs",
            description = "The cost records of one country, country-wide and per clinic, sorted and paged; the same records as "
                    + "`/costs?country={code}`.")
    public RestResponse<Page<CostView>> costs(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-2 code.", example = "MX") String code,
            @BeanParam PageParams paging,
            @BeanParam CostSortParam sort,
            @BeanParam CurrencyParam currency,
            @Context UriInfo uri) {
        return lists.respond(paging, sort, currency, () -> CostRepository.Filter.ofCountry(service.require(code).code), uri);
    }
}
