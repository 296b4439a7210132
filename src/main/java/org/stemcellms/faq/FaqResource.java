package org.stemcellms.faq;

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

import com.fasterxml.jackson.databind.JsonNode;

@Path(Api.BASE + "/faqs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "FAQs", description = "Frequently asked questions about stem-cell therapy for MS, with the source's answers.")
public class FaqResource {

    private final FaqRepository repository;
    private final FaqService service;

    FaqResource(FaqRepository repository, FaqService service) {
        this.repository = repository;
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
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
    public RestResponse<FaqView> get(@PathParam("id") @Parameter(description = "The question's id.", example = "is-hsct-a-cure") String id) {
        Faq faq = service.require(id);
        return Responses.item(FaqView.from(faq), faq.version, faq.createdAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createFaq", summary = "Create a FAQ", description = "Adds a question and its answer.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is the new FAQ.",
            content = @Content(schema = @Schema(implementation = FaqView.class)))
    public RestResponse<FaqView> create(FaqInput input, @Context UriInfo uri) {
        return Responses.created(uri, service.create(input, FaqView::from));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "replaceFaq", summary = "Replace a FAQ", description = "Replaces every field of a FAQ: "
            + "what the body leaves out is removed.")
    public RestResponse<FaqView> replace(
            @PathParam("id") @Parameter(description = "The question's id.", example = "is-hsct-a-cure") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            FaqInput input) {
        return Responses.item(service.replace(id, ifMatch, input, FaqView::from));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchFaq", summary = "Patch a FAQ", description = Api.PATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = FaqInput.class)))
    public RestResponse<FaqView> patch(
            @PathParam("id") @Parameter(description = "The question's id.", example = "is-hsct-a-cure") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch,
            JsonNode patch) {
        return Responses.item(service.patch(id, ifMatch, patch, FaqView::from));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteFaq", summary = "Delete a FAQ", description = "Deletes a question and its answer.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = "The question's id.", example = "is-hsct-a-cure") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Api.IF_MATCH_DESCRIPTION, example = Api.ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
