package org.stemcellms.web.edge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * What every response carries, set where every response passes (the API's, its problems and 304s, cached answers,
 * the HTML pages and Quarkus's own under /q): {@code X-Content-Type-Options: nosniff}, so that no browser runs a
 * body as another type than it is labelled, and a {@code Referrer-Policy}. The policy is the browsers' own
 * default, stated, so the pages (and the widget framed on partner sites) behave as before. Last, a field that
 * several layers set is sent once (RFC 9110 5.3: the values joined), as some clients read only one of them: Qute's
 * pages get {@code Vary: Accept} from quarkus-rest-qute besides HttpCaching's {@code Vary: Accept, Origin}.
 */
public class EdgeHeaders {

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    /** Not a list: each cookie is a field of its own (RFC 6265). */
    private static final Set<String> NOT_LISTS = Set.of("set-cookie");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", REFERRER_POLICY);
                sendEachFieldOnce(headers);
            });
            context.next();
        });
    }

    static void sendEachFieldOnce(MultiMap headers) {
        for (String name : List.copyOf(headers.names())) {
            List<String> values = headers.getAll(name);
            if (values.size() < 2 || NOT_LISTS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            headers.set(name, String.join(", ", distinctElements(values)));
        }
    }

    /** The values' list elements, each once: "Accept, Origin" and "Accept" make "Accept, Origin". */
    private static Set<String> distinctElements(List<String> values) {
        Set<String> elements = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        for (String value : values) {
            // only plain token lists are split; a value with quotes or links (Link, WWW-Authenticate) stays whole
            if (value.matches("[\\w!#$%&'*+.^`|~ ,-]*")) {
                parts.addAll(List.of(value.split("\\s*,\\s*")));
            } else {
                parts.add(value.trim());
            }
        }
        for (String part : parts) {
            if (!part.isBlank() && seen.add(part.toLowerCase(Locale.ROOT))) {
                elements.add(part);
            }
        }
        return elements;
    }
}
