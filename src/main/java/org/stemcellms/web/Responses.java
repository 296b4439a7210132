package org.stemcellms.web;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.editing.Written;

/** Item responses: the body with the ETag of the record's version, and 201 Created with its Location. */
public final class Responses {

    private Responses() {
    }

    public static <V> RestResponse<V> item(Written<V> written) {
        return item(written.body(), written.version());
    }

    public static <V> RestResponse<V> created(UriInfo uri, Written<V> written) {
        return created(uri, written.id(), written.body(), written.version());
    }

    public static <V> RestResponse<V> item(V body, long version) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    /** 201 for a record created at {@code <collection path>/<id>}. */
    public static <V> RestResponse<V> created(UriInfo uri, String id, V body, long version) {
        URI location = uri.getAbsolutePathBuilder().path(id).build();
        return RestResponse.ResponseBuilder.<V> created(location).entity(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }
}
