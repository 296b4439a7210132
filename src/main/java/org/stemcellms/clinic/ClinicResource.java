package org.stemcellms.clinic;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.cost.CostRepository;
import org.stemcellms.cost.CostSortParam;
import org.stemcellms.cost.CostView;
import org.stemcellms.web.Api;
import org.stemcellms.web.ApiException;
import org.stemcellms.web.Page;
import org.stemcellms.web.PageParams;
import org.stemcellms.web.Pages;
import org.stemcellms.web.QueryParameters;

@Path(Api.BASE + "/clinics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinics", description = "Treatment centres that offer stem-cell therapy for MS, with their country, access model "
        + "and the therapies they offer.")
public class ClinicResource {

    private final ClinicRepository clinics;
    private final CostRepository costs;

    ClinicResource(ClinicRepository clinics, CostRepository costs) {
        this.clinics = clinics;
        this.costs = costs;
    }

    @GET
    @Operation(operationId = "listClinics", summary = "List clinics",
            description = "Every treatment centre, filtered by country, therapy, access model or free text, sorted and paged.")
    public RestResponse<Page<ClinicView>> list(@BeanParam PageParams paging,
            @QueryParam("country") @Parameter(description = "Only clinics in this country (ISO 3166-1 alpha-2 code).", example = "MX")
            String country,
            @QueryParam("therapy") @Parameter(description = "Only clinics offering this therapy (its code).", example = "HSCT") String therapy,
            @QueryParam("accessModel") @Parameter(description = "Only clinics with this access model.", example = "TREATMENT_CENTRE",
                    schema = @Schema(implementation = AccessModel.class)) String accessModel,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches names and descriptions.", example = "medical tourists")
            String q,
            @BeanParam ClinicSortParam sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new ClinicRepository.Filter(params.countryCode("country", country), params.code("therapy", therapy),
                params.enumValue("accessModel", accessModel, AccessModel.class), params.text("q", q));
        var order = sort.parse(params);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(clinics.search(filter, order), page, ClinicView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getClinic", summary = "Get a clinic", description = "One treatment centre, by its id.")
    public ClinicView get(@PathParam("id") @Parameter(description = "The clinic's id.", example = "clinica-ruiz") String id) {
        return ClinicView.from(find(id));
    }

    @GET
    @Path("{id}/costs")
    @Operation(operationId = "listClinicCosts", summary = "List a clinic's costs",
            description = "The cost records of one clinic, sorted and paged; the same records as `/costs?clinic={id}`.")
    public RestResponse<Page<CostView>> costs(
            @PathParam("id") @Parameter(description = "The clinic's id.", example = "clinica-ruiz") String id,
            @BeanParam PageParams paging,
            @BeanParam CostSortParam sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var order = sort.parse(params);
        var page = params.page(paging);
        params.validate();
        Clinic clinic = find(id);
        return Pages.respond(costs.search(CostRepository.Filter.ofClinic(clinic.id), order), page, CostView::from, uri);
    }

    private Clinic find(String id) {
        return clinics.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("No clinic has the id '" + id + "'."));
    }
}
