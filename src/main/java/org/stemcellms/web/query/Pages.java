package org.stemcellms.web.query;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Turns a query into one page of views, with the RFC 8288 {@code Link} header that goes with it. */
public final class Pages {

    private Pages() {
    }

    public static <E, V> RestResponse<Page<V>> respond(PanacheQuery<E> query, PageRequest request, Function<E, V> view,
            UriInfo uri) {
        long total = query.count();
        List<V> items = total > request.offset()
                ? query.range(request.offset(), request.offset() + request.size() - 1).list().stream().map(view).toList()
                : List.of();
        int totalPages = (int) ((total + request.size() - 1) / request.size());
        Page<V> page = new Page<>(items, request.page(), request.size(), total, totalPages);
        return RestResponse.ResponseBuilder.ok(page).header("Link", links(uri, request.page(), totalPages)).build();
    }

    static String links(UriInfo uri, int page, int totalPages) {
        int last = Math.max(totalPages, 1);
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, last), "prev"));
        }
        if (page < totalPages) {
            links.add(link(uri, page + 1, "next"));
        }
        if (totalPages > 0) {
            // an empty list has no last page to point to: totalPages says 0
            links.add(link(uri, last, "last"));
        }
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, int page, String rel) {
        URI target = uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
