package org.stemcellms.study;

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

@Path(Api.BASE + "/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "What the article (or another source) claims about a study or a risk, checked against the "
        + "primary publications: the verdict, a note on the discrepancy, and the primary figures beside the claim.")
public class ClaimResource {

    private final ClaimRepository repository;
    private final ClaimService service;

    ClaimResource(ClaimRepository repository, ClaimService service) {
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listClaims", summary = "List claims",
            description = "Every checked claim, filtered by the study or risk it is about, its verdict or the source that makes it, "
                    + "sorted and paged.")
    public RestResponse<Page<ClaimView>> list(@BeanParam PageParams paging,
            @QueryParam("study") @Parameter(description = "Only claims about this study (its id).", example = "mist") String study,
            @QueryParam("risk") @Parameter(description = "Only claims about this risk (its id).", example = "mortality") String risk,
            @QueryParam("verdict") @Parameter(description = "Only claims with this verdict.", example = "NOT_IN_PRIMARY_SOURCE",
                    schema = @Schema(implementation = Verdict.class)) String verdict,
            @QueryParam("source") @Parameter(description = "Only claims this source makes (its id).", example = "article") String source,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION, example = "verdict",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "id", "-id", "verdict", "-verdict" },
                            defaultValue = "id")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new ClaimRepository.Filter(params.slug("study", study), params.slug("risk", risk),
                params.enumValue("verdict", verdict, Verdict.class), params.slug("source", source));
        var order = params.sort("sort", sort, ClaimRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(filter, order), page, ClaimView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getClaim", summary = "Get a claim", description = "One claim with its verdict, note and the primary figures.")
    public RestResponse<ClaimView> get(@PathParam("id") @Parameter(description = "The claim's id.", example = "mist-69-percent") String id) {
        Claim claim = service.require(id);
        return Responses.item(ClaimView.from(claim), claim.version, claim.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createClaim", summary = "Create a claim", description = "Adds a checked claim.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new claim.",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    public RestResponse<ClaimView> create(ClaimInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, ClaimView::from));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceClaim", summary = "Replace a claim", description = "Replaces every field of a claim: "
            + "what the body leaves out is removed.")
    public RestResponse<ClaimView> replace(
            @PathParam("id") @Parameter(description = "The claim's id.", example = "mist-69-percent") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            ClaimInput input) {
        return Responses.item(service.replace(id, ifMatch, input, ClaimView::from));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchClaim", summary = "Patch a claim", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ClaimInput.class)))
    public RestResponse<ClaimView> patch(
            @PathParam("id") @Parameter(description = "The claim's id.", example = "mist-69-percent") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(id, ifMatch, patch, ClaimView::from));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteClaim", summary = "Delete a claim", description = "Deletes a claim.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The claim's id.", example = "mist-69-percent") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
