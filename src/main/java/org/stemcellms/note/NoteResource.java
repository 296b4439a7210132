package org.stemcellms.note;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.web.Api;
import org.stemcellms.web.ApiException;
import org.stemcellms.web.Page;
import org.stemcellms.web.PageParams;
import org.stemcellms.web.Pages;
import org.stemcellms.web.QueryParameters;

@Path(Api.BASE + "/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Everything else the sources say: background on MS, advice before committing to treatment, "
        + "emotional health, patient experience and future directions, each statement cited.")
public class NoteResource {

    private final NoteRepository repository;

    NoteResource(NoteRepository repository) {
        this.repository = repository;
    }

    @GET
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
    public NoteView get(@PathParam("id") @Parameter(description = "The note's id.", example = "vet-the-clinic") String id) {
        return repository.findByIdOptional(id).map(NoteView::from)
                .orElseThrow(() -> ApiException.notFound("No note has the id '" + id + "'."));
    }
}
