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

@Path(Api.BASE + "/studies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Studies", description = "The research behind the therapies, such as the MIST trial, with findings as structured "
        + "outcomes.")
public class StudyResource {

    private final StudyRepository repository;
    private final StudyService service;

    StudyResource(StudyRepository repository, StudyService service) {
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listStudies", summary = "List studies",
            description = "Every study with its findings, filtered by therapy, kind, year or free text, sorted and paged.")
    public RestResponse<Page<StudyView>> list(@BeanParam PageParams paging,
            @QueryParam("therapy") @Parameter(description = "Only studies of this therapy (its code).", example = "HSCT") String therapy,
            @QueryParam("kind") @Parameter(description = "Only studies of this kind.", example = "CLINICAL_TRIAL",
                    schema = @Schema(implementation = StudyKind.class)) String kind,
            @QueryParam("year") @Parameter(description = "Only studies published in this year.", example = "2019",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2100")) String year,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches titles, short names and summaries.",
                    example = "MIST") String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION + " Studies without a year come last.", example = "-year",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "year", "-year", "title", "-title" },
                            defaultValue = "year")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new StudyRepository.Filter(params.code("therapy", therapy), params.enumValue("kind", kind, StudyKind.class),
                params.optionalInteger("year", year, 1900, 2100), params.text("q", q));
        var order = params.sort("sort", sort, StudyRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(filter, order), page, StudyView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getStudy", summary = "Get a study", description = "One study with its findings, by its id.")
    public RestResponse<StudyView> get(@PathParam("id") @Parameter(description = "The study's id.", example = "mist") String id) {
        Study study = service.require(id);
        return Responses.item(StudyView.from(study), study.version, study.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createStudy", summary = "Create a study", description = "Adds a study with its findings.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new study.",
            content = @Content(schema = @Schema(implementation = StudyView.class)))
    public RestResponse<StudyView> create(StudyInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, StudyView::from));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceStudy", summary = "Replace a study", description = "Replaces every field of a study: "
            + "what the body leaves out is removed.")
    public RestResponse<StudyView> replace(
            @PathParam("id") @Parameter(description = "The study's id.", example = "mist") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            StudyInput input) {
        return Responses.item(service.replace(id, ifMatch, input, StudyView::from));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchStudy", summary = "Patch a study", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = StudyInput.class)))
    public RestResponse<StudyView> patch(
            @PathParam("id") @Parameter(description = "The study's id.", example = "mist") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(id, ifMatch, patch, StudyView::from));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteStudy", summary = "Delete a study", description = "Deletes a study and its findings.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The study's id.", example = "mist") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
