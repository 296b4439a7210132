package org.stemcellms.source;

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
import org.stemcellms.web.Sorting;

@Path(Api.BASE + "/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "The publications, websites and registries the data cites: the article and the references it lists.")
public class SourceResource {

    private static final Sorting SORTING = Sorting.of("id", "title", "title", "title", "year", "publishedYear");

    private final SourceRepository repository;

    SourceResource(SourceRepository repository) {
        this.repository = repository;
    }

    @GET
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
    public SourceView get(@PathParam("id") @Parameter(description = "The source's id.", example = "burt-2019-jama") String id) {
        return repository.findByIdOptional(id).map(SourceView::from)
                .orElseThrow(() -> ApiException.notFound("No source has the id '" + id + "'."));
    }
}
