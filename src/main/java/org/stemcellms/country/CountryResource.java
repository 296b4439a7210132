package org.stemcellms.country;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.editing.MergePatch;
import org.stemcellms.web.Roles;
import org.stemcellms.web.Api;
import org.stemcellms.web.query.Page;
import org.stemcellms.web.query.PageParams;
import org.stemcellms.web.query.Pages;
import org.stemcellms.web.query.QueryParameters;
import org.stemcellms.web.caching.Responses;

import com.fasterxml.jackson.databind.JsonNode;

@Path(Api.BASE + "/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Countries", description = "Countries where HSCT for MS is offered, by ISO 3166-1 alpha-2 code, with how it is "
        + "accessed there, and their clinics and costs.")
public class CountryResource {

    private final CountryRepository countries;
    private final CountryService service;

    CountryResource(CountryRepository countries, CountryService service) {
        this.countries = countries;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
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
    public RestResponse<CountryView> get(@PathParam("code") @Parameter(description = "ISO 3166-1 alpha-2 code.", example = "MX") String code) {
        Country country = service.require(code);
        return Responses.item(CountryView.from(country), country.version, country.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createCountry", summary = "Create a country", description = "Adds a country where HSCT is offered.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new country.",
            content = @Content(schema = @Schema(implementation = CountryView.class)))
    public RestResponse<CountryView> create(CountryInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, CountryView::from));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceCountry", summary = "Replace a country", description = "Replaces every field of a country: "
            + "what the body leaves out is removed.")
    public RestResponse<CountryView> replace(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-2 code.", example = "MX") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            CountryInput input) {
        return Responses.item(service.replace(code, ifMatch, input, CountryView::from));
    }

    @PATCH
    @Path("{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchCountry", summary = "Patch a country", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = CountryInput.class)))
    public RestResponse<CountryView> patch(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-2 code.", example = "MX") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(code, ifMatch, patch, CountryView::from));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteCountry", summary = "Delete a country", description = "Deletes a country that no clinic or cost refers to; otherwise 409.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("code") @Parameter(description = "ISO 3166-1 alpha-2 code.", example = "MX") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(code, ifMatch);
    }
}
