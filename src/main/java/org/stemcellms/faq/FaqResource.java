package org.stemcellms.faq;

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

@Path(Api.BASE + "/faqs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "FAQs", description = "Frequently asked questions about stem-cell therapy for MS, with the source's answers.")
public class FaqResource {

    private final FaqRepository repository;

    FaqResource(FaqRepository repository) {
        this.repository = repository;
    }

    @GET
    @Operation(operationId = "listFaqs", summary = "List FAQs",
            description = "Every question and answer, in the source's order, filtered by therapy or free text, sorted and paged.")
    public RestResponse<Page<FaqView>> list(@BeanParam PageParams paging,
            @QueryParam("therapy") @Parameter(description = "Only questions about this therapy (its code).", example = "HSCT")
            String therapy,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches questions and answers.", example = "recovery")
            String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION, example = "position",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "position", "-position", "question", "-question" },
                            defaultValue = "position")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        String therapyCode = params.code("therapy", therapy);
        String text = params.text("q", q);
        var order = params.sort("sort", sort, FaqRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(therapyCode, text, order), page, FaqView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getFaq", summary = "Get an FAQ", description = "One question and answer, by its id.")
    public FaqView get(@PathParam("id") @Parameter(description = "The question's id.", example = "is-hsct-a-cure") String id) {
        return repository.findByIdOptional(id).map(FaqView::from)
                .orElseThrow(() -> ApiException.notFound("No FAQ has the id '" + id + "'."));
    }
}
