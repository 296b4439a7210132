package org.stemcellms.note;

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

@Path(Api.BASE + "/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Everything else the sources say: background on MS, advice before committing to treatment, "
        + "emotional health, patient experience and future directions, each statement cited.")
public class NoteResource {

    private final NoteRepository repository;
    private final NoteService service;

    NoteResource(NoteRepository repository, NoteService service) {
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listNotes", summary = "List notes",
            description = "Every note, by category and position, filtered by category, therapy or free text, sorted and paged.")
    public RestResponse<Page<NoteView>> list(@BeanParam PageParams paging,
            @QueryParam("category") @Parameter(description = "Only notes in this category.", example = "COST",
                    schema = @Schema(implementation = NoteCategory.class)) String category,
            @QueryParam("therapy") @Parameter(description = "Only notes about this therapy (its code).", example = "HSCT") String therapy,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches titles and texts.", example = "insurance") String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION + " `category` orders by category, then position.",
                    example = "title", schema = @Schema(type = SchemaType.STRING, enumeration = { "category", "-category", "title",
                            "-title" }, defaultValue = "category")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new NoteRepository.Filter(params.enumValue("category", category, NoteCategory.class),
                params.code("therapy", therapy), params.text("q", q));
        var order = params.sort("sort", sort, NoteRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(filter, order), page, NoteView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNote", summary = "Get a note", description = "One note, by its id.")
    public RestResponse<NoteView> get(@PathParam("id") @Parameter(description = "The note's id.", example = "vet-the-clinic") String id) {
        Note note = service.require(id);
        return Responses.item(NoteView.from(note), note.version, note.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createNote", summary = "Create a note", description = "Adds a note.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new note.",
            content = @Content(schema = @Schema(implementation = NoteView.class)))
    public RestResponse<NoteView> create(NoteInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, NoteView::from));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceNote", summary = "Replace a note", description = "Replaces every field of a note: "
            + "what the body leaves out is removed.")
    public RestResponse<NoteView> replace(
            @PathParam("id") @Parameter(description = "The note's id.", example = "vet-the-clinic") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            NoteInput input) {
        return Responses.item(service.replace(id, ifMatch, input, NoteView::from));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchNote", summary = "Patch a note", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = NoteInput.class)))
    public RestResponse<NoteView> patch(
            @PathParam("id") @Parameter(description = "The note's id.", example = "vet-the-clinic") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(id, ifMatch, patch, NoteView::from));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteNote", summary = "Delete a note", description = "Deletes a note.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The note's id.", example = "vet-the-clinic") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
