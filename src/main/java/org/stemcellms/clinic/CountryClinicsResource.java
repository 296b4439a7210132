package org.stemcellms.clinic;

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
import org.stemcellms.country.Country;
import org.stemcellms.country.CountryService;
import org.stemcellms.web.Api;
import org.stemcellms.web.query.Page;
import org.stemcellms.web.query.PageParams;
import org.stemcellms.web.query.Pages;
import org.stemcellms.web.query.QueryParameters;

/** A country's clinics, at /countries/{code}/clinics: in this package, as it lists clinics. */
@Path(Api.BASE + "/countries/{code}/clinics")
@Tag(name = "Countries")
public class CountryClinicsResource {

    private final ClinicRepository clinics;
    private final CountryService service;

    CountryClinicsResource(ClinicRepository clinics, CountryService service) {
        this.clinics = clinics;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
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
        Country country = service.require(code);
        return Pages.respond(clinics.search(ClinicRepository.Filter.ofCountry(country.code), order), page, ClinicView::from, uri);
    }
}
