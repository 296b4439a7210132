package org.stemcellms.country;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.clinic.ClinicRepository;
import org.stemcellms.clinic.ClinicSortParam;
import org.stemcellms.clinic.ClinicView;
import org.stemcellms.cost.CostRepository;
import org.stemcellms.cost.CostSortParam;
import org.stemcellms.cost.CostView;
import org.stemcellms.web.Api;
import org.stemcellms.web.ApiException;
import org.stemcellms.web.Page;
import org.stemcellms.web.PageParams;
import org.stemcellms.web.Pages;
import org.stemcellms.web.QueryParameters;

@Path(Api.BASE + "/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Countries", description = "Countries where HSCT for MS is offered, by ISO 3166-1 alpha-2 code, with how it is "
        + "accessed there, and their clinics and costs.")
public class CountryResource {

    private final CountryRepository countries;
    private final ClinicRepository clinics;
    private final CostRepository costs;

    CountryResource(CountryRepository countries, ClinicRepository clinics, CostRepository costs) {
        this.countries = countries;
        this.clinics = clinics;
        this.costs = costs;
    }

    @GET
    @Operation(operationId = "listCountries", summary = "List countries",
            description = "Every country where HSCT is offered, filtered by access or free text, sorted and paged.")
    public RestResponse<Page<CountryView>> list(@BeanParam PageParams paging,
            @QueryParam("access") @Parameter(description = "Only countries where HSCT is accessed this way.", example = "MEDICAL_TOURISM",
                    schema = @Schema(implementation = HsctAccess.class)) String access,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches names and access notes.", example = "trial")
            String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION, example = "code",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "name", "-name", "code", "-code" },
                            defaultValue = "name")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        HsctAccess accessFilter = params.enumValue("access", access, HsctAccess.class);
        String text = params.text("q", q);
        var order = params.sort("sort", sort, CountryRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(countries.search(accessFilter, text, order), page, CountryView::from, uri);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCountry", summary = "Get a country", description = "One country, by its ISO 3166-1 alpha-2 code "
            + "(case-insensitive).")
    public CountryView get(@PathParam("code") @Parameter(description = "ISO 3166-1 alpha-2 code.", example = "MX") String code) {
        return CountryView.from(find(code));
    }

    @GET
    @Path("{code}/clinics")
    @Operation(operationId = "listCountryClinics", summary = "List a country's clinics",
            description = "The treatment centres in one country, sorted and paged; the same records as `/clinics?country={code}`.")
    public RestResponse<Page<ClinicView>> clinics(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-2 code.", example = "MX") String code,
            @BeanParam PageParams paging,
            @BeanParam ClinicSortParam sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var order = sort.parse(params);
        var page = params.page(paging);
        params.validate();
        Country country = find(code);
        return Pages.respond(clinics.search(ClinicRepository.Filter.ofCountry(country.code), order), page, ClinicView::from, uri);
    }

    @GET
    @Path("{code}/costs")
    @Operation(operationId = "listCountryCosts", summary = "List a country's costs",
            description = "The cost records of one country, country-wide and per clinic, sorted and paged; the same records as "
                    + "`/costs?country={code}`.")
    public RestResponse<Page<CostView>> costs(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-2 code.", example = "MX") String code,
            @BeanParam PageParams paging,
            @BeanParam CostSortParam sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var order = sort.parse(params);
        var page = params.page(paging);
        params.validate();
        Country country = find(code);
        return Pages.respond(costs.search(CostRepository.Filter.ofCountry(country.code), order), page, CostView::from, uri);
    }

    private Country find(String code) {
        return countries.findByCode(code).orElseThrow(() -> ApiException.notFound("No country has the code '" + code + "'."));
    }
}
