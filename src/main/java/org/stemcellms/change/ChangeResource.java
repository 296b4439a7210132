package org.stemcellms.change;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
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
import org.stemcellms.web.Roles;
import org.stemcellms.web.Api;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.query.Page;
import org.stemcellms.web.query.PageParams;
import org.stemcellms.web.query.Pages;
import org.stemcellms.web.query.QueryParameters;

@Path(Api.BASE + "/changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@Tag(name = "Changes", description = "The audit trail: every successful write, who made it and when, with the record before and "
        + "after. Editors and admins only.")
public class ChangeResource {

    private final ChangeRepository repository;

    ChangeResource(ChangeRepository repository) {
        this.repository = repository;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Api.TEXT_CSV })
    @Operation(operationId = "listChanges", summary = "List changes",
            description = "The audit trail, newest first, filtered by resource, record, author or time range, and paged.")
    public RestResponse<Page<ChangeView>> list(@BeanParam PageParams paging,
            @QueryParam("resource") @Parameter(description = "Only changes to this collection, as in its path.", example = "clinics")
            String resource,
            @QueryParam("resourceId") @Parameter(description = "Only changes to the record with this id.", example = "clinica-ruiz")
            String resourceId,
            @QueryParam("author") @Parameter(description = "Only changes by this token subject.", example = "editor-ana") String author,
            @QueryParam("from") @Parameter(description = "Only changes at or after this time (ISO 8601; a date means its start, UTC).",
                    example = "2026-11-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(description = "Only changes before this time (ISO 8601; a date means its start, UTC).",
                    example = "2026-12-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("sort") @Parameter(description = Api.SORT_DESCRIPTION, example = "-occurredAt",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "occurredAt", "-occurredAt" },
                            defaultValue = "-occurredAt")) String sort,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        var filter = new ChangeRepository.Filter(params.text("resource", resource == null ? null : resource.toLowerCase(Locale.ROOT)),
                params.text("resourceId", resourceId), params.text("author", author), params.instant("from", from),
                params.instant("to", to));
        var order = params.sort("sort", sort, ChangeRepository.SORTING);
        var page = params.page(paging);
        params.validate();
        return Pages.respond(repository.search(filter, order), page, ChangeView::from, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getChange", summary = "Get a change", description = "One entry of the audit trail, by its number.")
    public ChangeView get(@PathParam("id") @Parameter(description = "The change's number.", example = "42") String id) {
        return number(id).flatMap(repository::findByIdOptional).map(ChangeView::from)
                .orElseThrow(() -> ApiException.notFound("No change has the number '" + id + "'."));
    }

    private static Optional<Long> number(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
