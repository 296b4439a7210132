package org.stemcellms.trial;

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

@Path(Api.BASE + "/trials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trials", description = "Registered clinical trials of HSCT and MSC in MS: registrations (NCT, ISRCTN, EudraCT...), "
        + "design, status as registries showed it, eligibility bounds, sites and the publications that report them.")
public class TrialResource {

    private final TrialRepository repository;
    private final TrialService service;

    TrialResource(TrialRepository repository, TrialService service) {
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listTrials", summary = "List trials",
            description = "Every registered trial, filtered by therapy, status, phase, country of recruitment, registry number or free "
                    + "text, sorted and paged. `status` is the newest dated status a page showed (`statusAsOf`); `statusReports` "
                    + "has them all.")
    public RestResponse<Page<TrialView>> list(@BeanParam PageParams paging,
            @QueryParam("therapy") @Parameter(description = "Only trials of this therapy (its code).", example = "HSCT") String therapy,
            @QueryParam("status") @Parameter(description = "Only trials whose current status is this one.", example = "RECRUITING",
                    schema = @Schema(implementation = TrialStatus.class)) String status,
            @QueryParam("phase") @Parameter(description = "Only trials in this phase.", example = "PHASE_3",
                    schema = @Schema(implementation = TrialPhase.class)) String phase,
            @QueryParam("country") @Parameter(description = "Only trials recruiting in this country (ISO 3166-1 alpha-2 code).",
                    example = "GB") String country,
            @QueryParam("registryId") @Parameter(description = "Only the trial registered under this number, in any case.",
                    example = "NCT04047628") String registryId,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches titles, acronyms and sponsors.",
                    example = "BEAT-MS") String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION + " Trials without the field come last.", example = "-startDate",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "title", "-title", "startDate", "-startDate", "statusAsOf",
                            "-statusAsOf" }, defaultValue = "title")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new TrialRepository.Filter(params.code("therapy", therapy), params.enumValue("status", status, TrialStatus.class),
                params.enumValue("phase", phase, TrialPhase.class), params.countryCode("country", country),
                params.text("registryId", registryId), params.text("q", q));
        var order = params.sort("sort", sort, TrialRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(filter, order), page, TrialView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTrial", summary = "Get a trial",
            description = "One trial, by its id or by any of its registry numbers (`NCT04047628`, `ISRCTN88667898`, `2020-000979-21`).")
    public RestResponse<TrialView> get(@PathParam("id") @Parameter(description = "The trial's id or one of its registry numbers.",
            example = "beat-ms") String id) {
        Trial trial = service.requireByIdOrRegistryId(id);
        return Responses.item(TrialView.from(trial), trial.version, trial.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createTrial", summary = "Create a trial", description = "Adds a registered trial.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new trial.",
            content = @Content(schema = @Schema(implementation = TrialView.class)))
    public RestResponse<TrialView> create(TrialInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, TrialView::from));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceTrial", summary = "Replace a trial", description = "Replaces every field of a trial: "
            + "what the body leaves out is removed.")
    public RestResponse<TrialView> replace(
            @PathParam("id") @Parameter(description = "The trial's id.", example = "beat-ms") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            TrialInput input) {
        return Responses.item(service.replace(id, ifMatch, input, TrialView::from));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchTrial", summary = "Patch a trial", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TrialInput.class)))
    public RestResponse<TrialView> patch(
            @PathParam("id") @Parameter(description = "The trial's id.", example = "beat-ms") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(id, ifMatch, patch, TrialView::from));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteTrial", summary = "Delete a trial", description = "Deletes a trial that no study reports.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The trial's id.", example = "beat-ms") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
