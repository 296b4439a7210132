package org.stemcellms.therapy;

import java.util.Locale;

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

@Path(Api.BASE + "/therapies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Therapies", description = "The stem-cell therapies for MS: HSCT (hematopoietic stem cell transplant) and MSC "
        + "(mesenchymal stem cells), with how they work, how established they are, recovery, and pros and cons.")
public class TherapyResource {

    private static final Sorting SORTING = Sorting.of("code", "code", "code", "code", "name", "name");

    private final TherapyRepository repository;

    TherapyResource(TherapyRepository repository) {
        this.repository = repository;
    }

    @GET
    @Operation(operationId = "listTherapies", summary = "List therapies",
            description = "Every therapy, filtered by evidence level, chemotherapy or free text, sorted and paged.")
    public RestResponse<Page<TherapyView>> list(@BeanParam PageParams paging,
            @QueryParam("evidenceLevel") @Parameter(description = "Only therapies with this evidence level.", example = "EXPERIMENTAL",
                    schema = @Schema(implementation = EvidenceLevel.class)) String evidenceLevel,
            @QueryParam("chemotherapy") @Parameter(description = "Only therapies that do (true) or do not (false) involve chemotherapy.",
                    example = "false", schema = @Schema(type = SchemaType.BOOLEAN)) String chemotherapy,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches names, summaries and descriptions.",
                    example = "chemotherapy") String q,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION, example = "name",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "code", "-code", "name", "-name" },
                            defaultValue = "code")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        EvidenceLevel level = params.enumValue("evidenceLevel", evidenceLevel, EvidenceLevel.class);
        Boolean chemo = params.bool("chemotherapy", chemotherapy);
        String text = params.text("q", q);
        var order = params.sort("sort", sort, SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(level, chemo, text, order), page, TherapyView::from, uri);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getTherapy", summary = "Get a therapy", description = "One therapy, by its code (case-insensitive).")
    public TherapyView get(@PathParam("code") @Parameter(description = "The therapy's code.", example = "HSCT") String code) {
        return repository.findByIdOptional(code.toUpperCase(Locale.ROOT)).map(TherapyView::from)
                .orElseThrow(() -> ApiException.notFound("No therapy has the code '" + code + "'."));
    }
}
