package org.stemcellms.currency;

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

@Path(Api.BASE + "/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange rates", description = "The rates prices are converted with: units of each currency per 1 EUR, the ECB's "
        + "reference rates of 26 September 2024 unless an admin has changed them. Anyone may read them; only admins may change them.")
public class ExchangeRateResource {

    private final ExchangeRateRepository repository;
    private final ExchangeRateService service;

    ExchangeRateResource(ExchangeRateRepository repository, ExchangeRateService service) {
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listExchangeRates", summary = "List exchange rates",
            description = "Every rate, by currency code, paged. EUR is the base and has no rate of its own.")
    public RestResponse<Page<ExchangeRateView>> list(@BeanParam PageParams paging,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION, example = "currency",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "currency", "-currency" }, defaultValue = "currency"))
            String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var order = params.sort("sort", sort, ExchangeRateRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.all(order), page, ExchangeRateView::from, uri);
    }

    @GET
    @Path("{currency}")
    @Operation(operationId = "getExchangeRate", summary = "Get an exchange rate", description = "One rate, by ISO 4217 code "
            + "(case-insensitive).")
    public RestResponse<ExchangeRateView> get(
            @PathParam("currency") @Parameter(description = "ISO 4217 code.", example = "USD") String currency) {
        ExchangeRate rate = service.require(currency);
        return Responses.item(ExchangeRateView.from(rate), rate.version, rate.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createExchangeRate", summary = "Create an exchange rate", description = "Adds the rate of a currency "
            + "(admins only).")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new rate.",
            content = @Content(schema = @Schema(implementation = ExchangeRateView.class)))
    public RestResponse<ExchangeRateView> create(ExchangeRateInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, ExchangeRateView::from));
    }

    @PUT
    @Path("{currency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceExchangeRate", summary = "Replace an exchange rate", description = "Replaces a rate, its date "
            + "and its source (admins only).")
    public RestResponse<ExchangeRateView> replace(
            @PathParam("currency") @Parameter(description = "ISO 4217 code.", example = "USD") String currency,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE)
            String ifMatch,
            ExchangeRateInput input) {
        return Responses.item(service.replace(currency, ifMatch, input, ExchangeRateView::from));
    }

    @PATCH
    @Path("{currency}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "patchExchangeRate", summary = "Patch an exchange rate", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ExchangeRateInput.class)))
    public RestResponse<ExchangeRateView> patch(
            @PathParam("currency") @Parameter(description = "ISO 4217 code.", example = "USD") String currency,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE)
            String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(currency, ifMatch, patch, ExchangeRateView::from));
    }

    @DELETE
    @Path("{currency}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteExchangeRate", summary = "Delete an exchange rate", description = "Deletes a rate (admins only); "
            + "prices in that currency then cannot be converted.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("currency") @Parameter(description = "ISO 4217 code.", example = "USD") String currency,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE)
            String ifMatch) {
        service.delete(currency, ifMatch);
    }
}
