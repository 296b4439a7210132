package org.stemcellms.eligibility;

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

@Path(Api.BASE + "/eligibility-criteria")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility criteria", description = "Who is, and who is not, a typical candidate for a therapy, as published, with "
        + "machine-readable bounds (MS type, EDSS score, years since diagnosis, DMT response). Not medical advice: a full "
        + "evaluation with an MS neurologist and transplant specialist is essential.")
public class EligibilityCriterionResource {

    private final EligibilityCriterionRepository repository;

    EligibilityCriterionResource(EligibilityCriterionRepository repository) {
        this.repository = repository;
    }

    @GET
    @Operation(operationId = "listEligibilityCriteria", summary = "List eligibility criteria",
            description = "Every criterion, favourable ones first in the source's order, filtered by therapy, kind or free text, "
                    + "sorted and paged.")
    public RestResponse<Page<EligibilityCriterionView>> list(@BeanParam PageParams paging,
            @QueryParam("therapy") @Parameter(description = "Only criteria for this therapy (its code).", example = "HSCT") String therapy,
            @QueryParam("kind") @Parameter(description = "Only criteria of this kind.", example = "FAVOURABLE",
                    schema = @Schema(implementation = CriterionKind.class)) String kind,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches criteria texts and notes.", example = "EDSS")
            String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION + " `position` orders by kind, then position.",
                    example = "position", schema = @Schema(type = SchemaType.STRING, enumeration = { "position", "-position", "text",
                            "-text" }, defaultValue = "position")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new EligibilityCriterionRepository.Filter(params.code("therapy", therapy),
                params.enumValue("kind", kind, CriterionKind.class), params.text("q", q));
        var order = params.sort("sort", sort, EligibilityCriterionRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(filter, order), page, EligibilityCriterionView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEligibilityCriterion", summary = "Get an eligibility criterion",
            description = "One criterion, by its id.")
    public EligibilityCriterionView get(
            @PathParam("id") @Parameter(description = "The criterion's id.", example = "edss-under-6") String id) {
        return repository.findByIdOptional(id).map(EligibilityCriterionView::from)
                .orElseThrow(() -> ApiException.notFound("No eligibility criterion has the id '" + id + "'."));
    }
}
