package org.stemcellms.source;

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

@Path(Api.BASE + "/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "The publications, websites and registries the data cites: the article and the references it lists.")
public class SourceResource {

    private static final Sorting SORTING = Sorting.of("id", "title", "title", "title", "year", "publishedYear");

    private final SourceRepository repository;
    private final SourceService service;

    SourceResource(SourceRepository repository, SourceService service) {
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Every source cited by a record, filtered by kind or free text, sorted and paged.")
    public RestResponse<Page<SourceView>> list(@BeanParam PageParams paging,
            @QueryParam("kind") @Parameter(description = "Only sources of this kind.", example = "JOURNAL_ARTICLE",
                    schema = @Schema(implementation = SourceKind.class)) String kind,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches titles, authors, publishers and descriptions.",
                    example = "JAMA") String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION, example = "-year",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "title", "-title", "year", "-year" }, defaultValue = "title")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        SourceKind kindFilter = params.enumValue("kind", kind, SourceKind.class);
        String text = params.text("q", q);
        var order = params.sort("sort", sort, SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(kindFilter, text, order), page, SourceView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSource", summary = "Get a source", description = "One source, by its id.")
    public RestResponse<SourceView> get(@PathParam("id") @Parameter(description = "The source's id.", example = "burt-2019-jama") String id) {
        Source source = service.require(id);
        return Responses.item(SourceView.from(source), source.version, source.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createSource", summary = "Create a source", description = "Adds a source that records can cite.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new source.",
            content = @Content(schema = @Schema(implementation = SourceView.class)))
    public RestResponse<SourceView> create(SourceInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, SourceView::from));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceSource", summary = "Replace a source", description = "Replaces every field of a source.")
    public RestResponse<SourceView> replace(
            @PathParam("id") @Parameter(description = "The source's id.", example = "burt-2019-jama") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            SourceInput input) {
        return Responses.item(service.replace(id, ifMatch, input, SourceView::from));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchSource", summary = "Patch a source", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SourceInput.class)))
    public RestResponse<SourceView> patch(
            @PathParam("id") @Parameter(description = "The source's id.", example = "burt-2019-jama") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(id, ifMatch, patch, SourceView::from));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteSource", summary = "Delete a source", description = "Deletes a source no record cites.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The source's id.", example = "burt-2019-jama") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
