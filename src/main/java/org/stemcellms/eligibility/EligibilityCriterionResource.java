package org.stemcellms.eligibility;

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

@Path(Api.BASE + "/eligibility-criteria")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility criteria", description = "Who is, and who is not, a typical candidate for a therapy, as published, with "
        + "machine-readable bounds (MS type, EDSS score, years since diagnosis, DMT response). Not medical advice: a full "
        + "evaluation with an MS neurologist and transplant specialist is essential.")
public class EligibilityCriterionResource {

    private final EligibilityCriterionRepository repository;
    private final EligibilityCriterionService service;

    EligibilityCriterionResource(EligibilityCriterionRepository repository, EligibilityCriterionService service) {
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listEligibilityCriteria", summary = "List eligibility criteria",
            description = "Every criterion, favourable ones first in the source's order, filtered by therapy, kind or free text, "
                    + "sorted and paged.")
    public RestResponse<Page<EligibilityCriterionView>> list(@BeanParam PageParams paging,
            @QueryParam("therapy") @Parameter(description = "Only criteria for this therapy (its code).", example = "HSCT") String therapy,
            @QueryParam("kind") @Parameter(description = "Only criteria of this kind.", example = "FAVOURABLE",
                    schema = @Schema(implementation = CriterionKind.class)) String kind,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches criteria texts and notes.", example = "EDSS")
            String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION + " `position` orders by kind, then position.",
                    example = "position", schema = @Schema(type = SchemaType.STRING, enumeration = { "position", "-position", "text",
                            "-text" }, defaultValue = "position")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new EligibilityCriterionRepository.Filter(params.code("therapy", therapy),
                params.enumValue("kind", kind, CriterionKind.class), params.text("q", q));
        var order = params.sort("sort", sort, EligibilityCriterionRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(filter, order), page, EligibilityCriterionView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEligibilityCriterion", summary = "Get an eligibility criterion",
            description = "One criterion, by its id.")
    public RestResponse<EligibilityCriterionView> get(@PathParam("id") @Parameter(description = "The criterion's id.", example = "edss-under-6") String id) {
        EligibilityCriterion criterion = service.require(id);
        return Responses.item(EligibilityCriterionView.from(criterion), criterion.version, criterion.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createEligibilityCriterion", summary = "Create an eligibility criterion", description = "Adds an eligibility criterion with its machine-readable conditions.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new eligibility criterion.",
            content = @Content(schema = @Schema(implementation = EligibilityCriterionView.class)))
    public RestResponse<EligibilityCriterionView> create(EligibilityCriterionInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, EligibilityCriterionView::from));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceEligibilityCriterion", summary = "Replace an eligibility criterion", description = "Replaces every field of an eligibility criterion: "
            + "what the body leaves out is removed.")
    public RestResponse<EligibilityCriterionView> replace(
            @PathParam("id") @Parameter(description = "The criterion's id.", example = "edss-under-6") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            EligibilityCriterionInput input) {
        return Responses.item(service.replace(id, ifMatch, input, EligibilityCriterionView::from));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchEligibilityCriterion", summary = "Patch an eligibility criterion", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = EligibilityCriterionInput.class)))
    public RestResponse<EligibilityCriterionView> patch(
            @PathParam("id") @Parameter(description = "The criterion's id.", example = "edss-under-6") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(id, ifMatch, patch, EligibilityCriterionView::from));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteEligibilityCriterion", summary = "Delete an eligibility criterion", description = "Deletes an eligibility criterion.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The criterion's id.", example = "edss-under-6") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
