package org.stemcellms.web.caching;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.web.Written;

/** Item responses: the body with the ETag of the record's version, and 201 Created with its Location. */
public final class Responses {

    private Responses() {
    }

    public static <V> RestResponse<V> item(Written<V> written) {
        return RestResponse.ResponseBuilder.ok(written.body()).header(HttpHeaders.ETAG, written.etag()).build();
    }

    /** An item as read: its body with the ETag of its version. */
    public static <V> RestResponse<V> item(V body, long version, java.time.Instant createdAt) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, ETags.of(version, createdAt)).build();
    }

    /** 201 for a record created at {@code <collection path>/<id>}. */
    public static <V> RestResponse<V> created(UriInfo uri, Written<V> written) {
        URI location = uri.getAbsolutePathBuilder().path(written.id()).build();
        return RestResponse.ResponseBuilder.<V> created(location).entity(written.body()).header(HttpHeaders.ETAG, written.etag())
                .build();
    }
}
