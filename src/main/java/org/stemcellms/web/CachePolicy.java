package org.stemcellms.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Responses meant for one editor (the audit trail, the result of a write) are never stored by a shared or browser cache. */
public class CachePolicy {

    public static final String PRIVATE = "private, no-store";

    @ServerResponseFilter
    public void keepEditorResponsesPrivate(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || isSecured(resource)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
        }
    }

    private static boolean isSecured(ResourceInfo resource) {
        return resource != null && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class)
                        || resource.getResourceClass().isAnnotationPresent(RolesAllowed.class));
    }
}
