package org.stemcellms.therapy;

import java.util.Locale;

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
import org.stemcellms.web.query.Sorting;

import com.fasterxml.jackson.databind.JsonNode;

@Path(Api.BASE + "/therapies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Therapies", description = "The stem-cell therapies for MS: HSCT (hematopoietic stem cell transplant) and MSC "
        + "(mesenchymal stem cells), with how they work, how established they are, recovery, and pros and cons.")
public class TherapyResource {

    private static final Sorting SORTING = Sorting.of("code", "code", "code", "code", "name", "name");

    private final TherapyRepository repository;
    private final TherapyService service;

    TherapyResource(TherapyRepository repository, TherapyService service) {
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listTherapies", summary = "List therapies",
            description = "Every therapy, filtered by evidence level, chemotherapy or free text, sorted and paged.")
    public RestResponse<Page<TherapyView>> list(@BeanParam PageParams paging,
            @QueryParam("evidenceLevel") @Parameter(description = "Only therapies with this evidence level.", example = "EXPERIMENTAL",
                    schema = @Schema(implementation = EvidenceLevel.class)) String evidenceLevel,
            @QueryParam("chemotherapy") @Parameter(description = "Only therapies that do (true) or do not (false) involve chemotherapy.",
                    example = "false", schema = @Schema(type = SchemaType.BOOLEAN)) String chemotherapy,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches names, summaries and descriptions.",
                    example = "chemotherapy") String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION, example = "name",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "code", "-code", "name", "-name" },
                            defaultValue = "code")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        EvidenceLevel level = params.enumValue("evidenceLevel", evidenceLevel, EvidenceLevel.class);
        Boolean chemo = params.bool("chemotherapy", chemotherapy);
        String text = params.text("q", q);
        var order = params.sort("sort", sort, SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(level, chemo, text, order), page, TherapyView::from, uri);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getTherapy", summary = "Get a therapy", description = "One therapy, by its code (case-insensitive).")
    public RestResponse<TherapyView> get(@PathParam("code") @Parameter(description = "The therapy's code.", example = "HSCT") String code) {
        Therapy therapy = service.require(code);
        return Responses.item(TherapyView.from(therapy), therapy.version, therapy.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createTherapy", summary = "Create a therapy", description = "Adds a therapy.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new therapy.",
            content = @Content(schema = @Schema(implementation = TherapyView.class)))
    public RestResponse<TherapyView> create(TherapyInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, TherapyView::from));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceTherapy", summary = "Replace a therapy", description = "Replaces every field of a therapy: "
            + "what the body leaves out is removed.")
    public RestResponse<TherapyView> replace(
            @PathParam("code") @Parameter(description = "The therapy's code.", example = "HSCT") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            TherapyInput input) {
        return Responses.item(service.replace(code, ifMatch, input, TherapyView::from));
    }

    @PATCH
    @Path("{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchTherapy", summary = "Patch a therapy", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TherapyInput.class)))
    public RestResponse<TherapyView> patch(
            @PathParam("code") @Parameter(description = "The therapy's code.", example = "HSCT") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(code, ifMatch, patch, TherapyView::from));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteTherapy", summary = "Delete a therapy", description = "Deletes a therapy that no other record refers to.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("code") @Parameter(description = "The therapy's code.", example = "HSCT") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(code, ifMatch);
    }
}
