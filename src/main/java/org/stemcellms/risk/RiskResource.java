package org.stemcellms.risk;

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

@Path(Api.BASE + "/risks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risks", description = "Risks and side effects of the therapies, with category, severity, frequency and incidence "
        + "where the source gives them.")
public class RiskResource {

    private final RiskRepository repository;
    private final RiskService service;

    RiskResource(RiskRepository repository, RiskService service) {
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listRisks", summary = "List risks",
            description = "Every risk, filtered by therapy, category, severity, frequency or free text, sorted and paged.")
    public RestResponse<Page<RiskView>> list(@BeanParam PageParams paging,
            @QueryParam("therapy") @Parameter(description = "Only risks of this therapy (its code).", example = "HSCT") String therapy,
            @QueryParam("category") @Parameter(description = "Only risks in this category.", example = "SERIOUS_COMPLICATION",
                    schema = @Schema(implementation = RiskCategory.class)) String category,
            @QueryParam("severity") @Parameter(description = "Only risks of this severity.", example = "SERIOUS",
                    schema = @Schema(implementation = Severity.class)) String severity,
            @QueryParam("frequency") @Parameter(description = "Only risks of this frequency.", example = "COMMON",
                    schema = @Schema(implementation = Frequency.class)) String frequency,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches names and descriptions.", example = "chemotherapy")
            String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION + " `incidence` sorts on the upper percentage; risks "
                    + "without a figure come last.", example = "-incidence",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "name", "-name", "category", "-category", "incidence",
                            "-incidence" }, defaultValue = "name")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new RiskRepository.Filter(params.code("therapy", therapy),
                params.enumValue("category", category, RiskCategory.class), params.enumValue("severity", severity, Severity.class),
                params.enumValue("frequency", frequency, Frequency.class), params.text("q", q));
        var order = params.sort("sort", sort, RiskRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(filter, order), page, RiskView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRisk", summary = "Get a risk", description = "One risk, by its id.")
    public RestResponse<RiskView> get(@PathParam("id") @Parameter(description = "The risk's id.", example = "mortality") String id) {
        Risk risk = service.require(id);
        return Responses.item(RiskView.from(risk), risk.version, risk.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createRisk", summary = "Create a risk", description = "Adds a risk of an existing therapy.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new risk.",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    public RestResponse<RiskView> create(RiskInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, RiskView::from));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceRisk", summary = "Replace a risk", description = "Replaces every field of a risk: "
            + "what the body leaves out is removed.")
    public RestResponse<RiskView> replace(
            @PathParam("id") @Parameter(description = "The risk's id.", example = "mortality") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            RiskInput input) {
        return Responses.item(service.replace(id, ifMatch, input, RiskView::from));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchRisk", summary = "Patch a risk", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = RiskInput.class)))
    public RestResponse<RiskView> patch(
            @PathParam("id") @Parameter(description = "The risk's id.", example = "mortality") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(id, ifMatch, patch, RiskView::from));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteRisk", summary = "Delete a risk", description = "Deletes a risk.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The risk's id.", example = "mortality") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
