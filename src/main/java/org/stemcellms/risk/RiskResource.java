package org.stemcellms.risk;

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

@Path(Api.BASE + "/risks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risks", description = "Risks and side effects of the therapies, with category, severity, frequency and incidence "
        + "where the source gives them.")
public class RiskResource {

    private final RiskRepository repository;

    RiskResource(RiskRepository repository) {
        this.repository = repository;
    }

    @GET
    @Operation(operationId = "listRisks", summary = "List risks",
            description = "Every risk, filtered by therapy, category, severity, frequency or free text, sorted and paged.")
    public RestResponse<Page<RiskView>> list(@BeanParam PageParams paging,
            @QueryParam("therapy") @Parameter(description = "Only risks of this therapy (its code).", example = "HSCT") String therapy,
            @QueryParam("category") @Parameter(description = "Only risks in this category.", example = "SERIOUS_COMPLICATION",
                    schema = @Schema(implementation = RiskCategory.class)) String category,
            @QueryParam("severity") @Parameter(description = "Only risks of this severity.", example = "SERIOUS",
                    schema = @Schema(implementation = Severity.class)) String severity,
            @QueryParam("frequency") @Parameter(description = "Only risks of this frequency.", example = "COMMON",
                    schema = @Schema(implementation = Frequency.class)) String frequency,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches names and descriptions.", example = "chemotherapy")
            String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION + " `incidence` sorts on the upper percentage; risks "
                    + "without a figure come last.", example = "-incidence",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "name", "-name", "category", "-category", "incidence",
                            "-incidence" }, defaultValue = "name")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new RiskRepository.Filter(params.code("therapy", therapy),
                params.enumValue("category", category, RiskCategory.class), params.enumValue("severity", severity, Severity.class),
                params.enumValue("frequency", frequency, Frequency.class), params.text("q", q));
        var order = params.sort("sort", sort, RiskRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(filter, order), page, RiskView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRisk", summary = "Get a risk", description = "One risk, by its id.")
    public RiskView get(@PathParam("id") @Parameter(description = "The risk's id.", example = "mortality") String id) {
        return repository.findByIdOptional(id).map(RiskView::from)
                .orElseThrow(() -> ApiException.notFound("No risk has the id '" + id + "'."));
    }
}
