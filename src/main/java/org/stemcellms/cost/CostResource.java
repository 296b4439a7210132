package org.stemcellms.cost;

import java.util.List;

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
import org.stemcellms.currency.Conversion;
import org.stemcellms.currency.CurrencyConverter;
import org.stemcellms.currency.CurrencyParam;
import org.stemcellms.editing.MergePatch;
import org.stemcellms.web.Roles;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.therapy.TherapyRepository;
import org.stemcellms.web.Api;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem;
import org.stemcellms.web.query.Page;
import org.stemcellms.web.query.PageParams;
import org.stemcellms.web.query.Pages;
import org.stemcellms.web.query.QueryParameters;
import org.stemcellms.web.caching.Responses;

import com.fasterxml.jackson.databind.JsonNode;

@Path(Api.BASE + "/costs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Costs", description = "What stem-cell therapy costs, per country and, where the source names one, per clinic: "
        + "price ranges with their currency, what they include, and the date each was last reviewed. The article's table is headed "
        + "\"Cost of Stem Cell Treatment for MS\" and follows its HSCT sections, so its figures are recorded as HSCT costs. Confirm any "
        + "price with the clinic.")
public class CostResource {

    private final CostRepository repository;
    private final CostService service;
    private final CurrencyConverter converter;
    private final CostSummaryService summaries;
    private final TherapyRepository therapies;

    CostResource(CostRepository repository, CostService service, CurrencyConverter converter,
            CostSummaryService summaries, TherapyRepository therapies) {
        this.summaries = summaries;
        this.therapies = therapies;
        this.converter = converter;
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listCosts", summary = "List costs",
            description = "Every cost record, filtered by therapy, country, clinic, setting, price bounds or free text, sorted and "
                    + "paged. Price bounds keep the records whose range overlaps [minPrice, maxPrice], compared in each record's "
                    + "own currency (USD for every figure from the article); an open-ended price has no upper end.")
    public RestResponse<Page<CostView>> list(@BeanParam PageParams paging,
            @QueryParam("therapy") @Parameter(description = "Only costs of this therapy (its code).", example = "HSCT") String therapy,
            @QueryParam("country") @Parameter(description = "Only costs in this country (ISO 3166-1 alpha-2 code).", example = "MX")
            String country,
            @QueryParam("clinic") @Parameter(description = "Only costs at this clinic (its id).", example = "clinica-ruiz") String clinic,
            @QueryParam("setting") @Parameter(description = "Only costs in this setting.", example = "TREATMENT_CENTRE",
                    schema = @Schema(implementation = CostSetting.class)) String setting,
            @QueryParam("minPrice") @Parameter(description = "Only costs whose range reaches at least this amount.", example = "40000",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "0")) String minPrice,
            @QueryParam("maxPrice") @Parameter(description = "Only costs whose range starts at or below this amount.", example = "50000",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "0")) String maxPrice,
            @QueryParam("priceCurrency") @Parameter(description = "Only prices stated in this currency (ISO 4217), whatever "
                    + "`currency` converts them to.", example = "RUB") String priceCurrency,
            @QueryParam("year") @Parameter(description = "Only prices that their source says apply to this year.", example = "2023",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1990", maximum = "2100")) String year,
            @QueryParam("source") @Parameter(description = "Only the observations of this source (its id), such as the article's.",
                    example = "article") String source,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches labels and price notes.", example = "clinical trial")
            String q,
            @BeanParam CostSortParam sort,
            @BeanParam CurrencyParam currency,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        String target = currency.code(params);
        var filter = new CostRepository.Filter(params.code("therapy", therapy), params.countryCode("country", country),
                params.slug("clinic", clinic), params.enumValue("setting", setting, CostSetting.class),
                params.nonNegativeAmount("minPrice", minPrice), params.nonNegativeAmount("maxPrice", maxPrice),
                params.currency("priceCurrency", priceCurrency), params.optionalInteger("year", year, 1990, 2100),
                params.slug("source", source), params.text("q", q));
        params.require(filter.minPrice() == null || filter.maxPrice() == null || filter.minPrice().compareTo(filter.maxPrice()) <= 0,
                "maxPrice", "must not be below minPrice");
        var order = sort.parse(params);
        var page = params.page(paging);
        params.validate();
        Conversion conversion = converter.conversionTo(target);
        return Pages.respond(repository.search(filter, order), page, cost -> CostView.from(cost, conversion), uri);
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summarizeCosts", summary = "Compare costs by country",
            description = "Per country: the lowest and highest figures in one currency, how many cost records they come from, the "
                    + "clinics, the dates the figures were last reviewed, and how much more the most expensive country costs; "
                    + "cheapest first. An open-ended price (\"$100,000+\") has no highest figure and counts as the most expensive.")
    public CostSummary summary(
            @QueryParam("therapy") @Parameter(description = "Only costs of this therapy (its code); all therapies when absent.",
                    example = "HSCT") String therapy,
            @QueryParam("currency") @Parameter(description = "The currency of every figure (ISO 4217 code), converted with the "
                    + "exchange rates in the data; USD when absent. A currency without a rate, such as RUB, is a 400.",
                    example = "EUR", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{3}$", defaultValue = "USD"))
            String currency,
            @QueryParam("source") @Parameter(description = "Only the observations of this source (its id), such as the article's.",
                    example = "article") String source) {
        QueryParameters params = new QueryParameters();
        String therapyCode = params.code("therapy", therapy);
        String target = params.currency("currency", currency);
        String sourceId = params.slug("source", source);
        params.validate();
        Therapy subject = therapyCode == null ? null : therapies.findByIdOptional(therapyCode).orElseThrow(() -> ApiException
                .invalidParameters(List.of(new Problem.FieldError("therapy", "refers to no therapy: '" + therapyCode + "'"))));
        return summaries.summarize(subject, sourceId, converter.to(target == null ? "USD" : target, "currency"));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCost", summary = "Get a cost record", description = "One cost record, by its id.")
    public RestResponse<CostView> get(@PathParam("id") @Parameter(description = "The cost record's id.", example = "hsct-mx-clinica-ruiz") String id,
            @BeanParam CurrencyParam currency) {
        QueryParameters params = new QueryParameters();
        String target = currency.code(params);
        params.validate();
        Conversion conversion = converter.conversionTo(target);
        Cost cost = service.require(id);
        return Responses.item(CostView.from(cost, conversion), cost.version, cost.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createCost", summary = "Create a cost record", description = "Adds a cost record; an unknown therapy, country or clinic (or a clinic in another country) is 422.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new cost record.",
            content = @Content(schema = @Schema(implementation = CostView.class)))
    public RestResponse<CostView> create(CostInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, CostView::from));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceCost", summary = "Replace a cost record", description = "Replaces every field of a cost record: "
            + "what the body leaves out is removed.")
    public RestResponse<CostView> replace(
            @PathParam("id") @Parameter(description = "The cost record's id.", example = "hsct-mx-clinica-ruiz") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            CostInput input) {
        return Responses.item(service.replace(id, ifMatch, input, CostView::from));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchCost", summary = "Patch a cost record", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = CostInput.class)))
    public RestResponse<CostView> patch(
            @PathParam("id") @Parameter(description = "The cost record's id.", example = "hsct-mx-clinica-ruiz") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(id, ifMatch, patch, CostView::from));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteCost", summary = "Delete a cost record", description = "Deletes a cost record.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The cost record's id.", example = "hsct-mx-clinica-ruiz") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
