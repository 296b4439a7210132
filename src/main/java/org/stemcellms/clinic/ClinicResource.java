package org.stemcellms.clinic;

import java.math.BigDecimal;

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

@Path(Api.BASE + "/clinics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinics", description = "Treatment centres that offer stem-cell therapy for MS, with their country, access model "
        + "and the therapies they offer.")
public class ClinicResource {

    private final ClinicRepository clinics;
    private final ClinicService service;

    ClinicResource(ClinicRepository clinics, ClinicService service) {
        this.clinics = clinics;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listClinics", summary = "List clinics",
            description = "Every treatment centre, filtered by country, therapy, access model, kind, MS type accepted, EDSS "
                    + "score accepted or free text, sorted and paged.")
    public RestResponse<Page<ClinicView>> list(@BeanParam PageParams paging,
            @QueryParam("country") @Parameter(description = "Only clinics in this country (ISO 3166-1 alpha-2 code).", example = "MX")
            String country,
            @QueryParam("therapy") @Parameter(description = "Only clinics offering this therapy (its code).", example = "HSCT") String therapy,
            @QueryParam("accessModel") @Parameter(description = "Only clinics with this access model.", example = "TREATMENT_CENTRE",
                    schema = @Schema(implementation = AccessModel.class)) String accessModel,
            @QueryParam("kind") @Parameter(description = "Only centres of this kind, as a source states it.", example = "PUBLIC_HEALTH_SERVICE",
                    schema = @Schema(implementation = CentreKind.class)) String kind,
            @QueryParam("msType") @Parameter(description = "Only centres that a source says accept this type of MS.", example = "SPMS",
                    schema = @Schema(implementation = MsType.class)) String msType,
            @QueryParam("edss") @Parameter(description = "Only centres whose stated EDSS range takes this score (0 to 10); centres "
                    + "for which no source states a range are left out.", example = "6.5") String edss,
            @QueryParam("q") @Parameter(description = Api.Q_DESCRIPTION + " Searches names, cities and descriptions.",
                    example = "medical tourists")
            String q,
            @BeanParam ClinicSortParam sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new ClinicRepository.Filter(params.countryCode("country", country), params.code("therapy", therapy),
                params.enumValue("accessModel", accessModel, AccessModel.class), params.enumValue("kind", kind, CentreKind.class),
                params.enumValue("msType", msType, MsType.class), params.decimal("edss", edss, BigDecimal.ZERO, BigDecimal.TEN),
                params.text("q", q));
        var order = sort.parse(params);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(clinics.search(filter, order), page, ClinicView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getClinic", summary = "Get a clinic", description = "One treatment centre, by its id.")
    public RestResponse<ClinicView> get(@PathParam("id") @Parameter(description = "The clinic's id.", example = "clinica-ruiz") String id) {
        Clinic clinic = service.require(id);
        return Responses.item(ClinicView.from(clinic), clinic.version, clinic.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createClinic", summary = "Create a clinic", description = "Adds a treatment centre in an existing country; an unknown country or therapy is 422.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new clinic.",
            content = @Content(schema = @Schema(implementation = ClinicView.class)))
    public RestResponse<ClinicView> create(ClinicInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, ClinicView::from));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceClinic", summary = "Replace a clinic", description = "Replaces every field of a clinic: "
            + "what the body leaves out is removed.")
    public RestResponse<ClinicView> replace(
            @PathParam("id") @Parameter(description = "The clinic's id.", example = "clinica-ruiz") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            ClinicInput input) {
        return Responses.item(service.replace(id, ifMatch, input, ClinicView::from));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchClinic", summary = "Patch a clinic", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ClinicInput.class)))
    public RestResponse<ClinicView> patch(
            @PathParam("id") @Parameter(description = "The clinic's id.", example = "clinica-ruiz") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(id, ifMatch, patch, ClinicView::from));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteClinic", summary = "Delete a clinic", description = "Deletes a clinic that no cost refers to; otherwise 409.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The clinic's id.", example = "clinica-ruiz") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
