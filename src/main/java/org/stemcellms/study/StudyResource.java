package org.stemcellms.study;

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

@Path(Api.BASE + "/studies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Studies", description = "The research behind the therapies, such as the MIST trial, with findings as structured "
        + "outcomes.")
public class StudyResource {

    private final StudyRepository repository;

    StudyResource(StudyRepository repository) {
        this.repository = repository;
    }

    @GET
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
    public StudyView get(@PathParam("id") @Parameter(description = "The study's id.", example = "mist") String id) {
        return repository.findByIdOptional(id).map(StudyView::from)
                .orElseThrow(() -> ApiException.notFound("No study has the id '" + id + "'."));
    }
}
