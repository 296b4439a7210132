package org.stemcellms.web.query;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.web.ApiSettings;

import io.smallrye.config.SmallRyeConfig;

/** Turns a query into one page of views, with the RFC 8288 {@code Link} header that goes with it. */
public final class Pages {

    private Pages() {
    }

    /**
     * Two statements whatever the page: the count, up to the exact-count limit, and the page's rows with one more, which
     * says whether a next page exists when the count stopped at the limit.
     */
    public static <E, V> RestResponse<Page<V>> respond(Listing<E> listing, PageRequest request, Function<E, V> view,
            UriInfo uri) {
        long limit = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(ApiSettings.class).exactCountLimit();
        long counted = listing.countUpTo(limit);
        boolean exact = counted < limit;
        List<E> rows = exact && counted <= request.offset() ? List.of() : listing.rows(request.offset(), request.size() + 1);
        boolean more = rows.size() > request.size();
        List<V> items = rows.stream().limit(request.size()).map(view).toList();
        // past the limit, the most this page proves: its own rows, and one more when there is a next page
        long total = exact || items.isEmpty() ? counted : Math.max(counted, request.offset() + items.size() + (more ? 1 : 0));
        int totalPages = (int) ((total + request.size() - 1) / request.size());
        // the last page proves the total: its offset and its rows
        Page<V> page = new Page<>(items, request.page(), request.size(), total, exact || !more && !items.isEmpty(), totalPages);
        return RestResponse.ResponseBuilder.ok(page).header("Link", links(uri, page, more)).build();
    }

    static String links(UriInfo uri, Page<?> page, boolean more) {
        int last = Math.max(page.totalPages(), 1);
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page.page() > 1) {
            links.add(link(uri, page.totalItemsExact() ? Math.min(page.page() - 1, last) : page.page() - 1, "prev"));
        }
        if (more) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        if (page.totalItemsExact() && page.totalPages() > 0) {
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
