package org.stemcellms.web.representation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.stemcellms.web.Api;
import org.stemcellms.web.query.Page;

/**
 * The {@code format} parameter, for links and spreadsheets where an Accept header cannot be set:
 * {@code format=csv} is {@code Accept: text/csv}, {@code format=json} is {@code Accept: application/json}.
 * A CSV response is offered as a download named after its path (countries-MX-costs.csv).
 */
public class Representation {

    @ServerRequestFilter(preMatching = true)
    public void formatAsAccept(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        // only the API's collections know format; /oembed has a format parameter of its own (json, or 501)
        if (format == null || !request.getUriInfo().getRequestUri().getRawPath().startsWith(Api.BASE + "/")) {
            return;
        }
        switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, Api.TEXT_CSV);
            case "json" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
            default -> {
                // an unknown format is reported by the collection's parameter checks
            }
        }
    }

    @ServerResponseFilter
    public void nameCsvDownloads(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.valueOf(Api.TEXT_CSV))) {
            MediaType csv = MediaType.valueOf(Api.TEXT_CSV + ";charset=UTF-8;header=present");
            if (response.getEntity() instanceof Page<?> page) {
                response.setEntity(CsvWriter.write(page, declaredType(resource, response)), null, csv);
            }
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, csv);
            response.getHeaders().putSingle("Content-Disposition", "attachment; filename=\"" + fileName(request) + "\"");
        }
    }

    /** Page<CostView> as the resource method declares it, so that even an empty page has its header row. */
    private static Type declaredType(ResourceInfo resource, ContainerResponseContext response) {
        Type type = resource.getResourceMethod() == null ? response.getEntityType() : resource.getResourceMethod().getGenericReturnType();
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == RestResponse.class) {
            return parameterized.getActualTypeArguments()[0];
        }
        return type;
    }

    private static String fileName(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/?api/v1/?", "").replaceAll("[^A-Za-z0-9]+", "-");
        return (path.isEmpty() ? "export" : path.replaceAll("^-|-$", "")) + ".csv";
    }
}
