package org.stemcellms.web.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Provider;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.stemcellms.web.Api;
import org.stemcellms.web.ApiSettings;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem;

/**
 * Cross-origin access: public reads from any origin, without credentials; writes (and the audit trail,
 * which needs a token) only from the service's own origin and the origins in stemcellms.cors.write-origins.
 * The POSTs that change nothing (the eligibility self-check and its form) are open like reads. Preflights
 * are answered here and cacheable for stemcellms.cors.max-age; the headers a script needs are exposed.
 */
public class Cors {

    /** Content-Disposition too: a script that downloads CSV names the file by it. */
    static final String EXPOSED = "Content-Disposition, ETag, Link, Location, Retry-After, RateLimit, RateLimit-Policy, X-Request-Id";
    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final List<String> READ_HEADERS = List.of("accept", "if-none-match", "if-modified-since", "cache-control");
    private static final String WRITE_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Accept";
    /** POSTs that only compute an answer: anyone may send them, from anywhere. */
    private static final Set<String> READ_ONLY_POSTS = Set.of(Api.BASE + "/eligibility/assessments", "/check");

    /** What a public read from another origin is answered with. */
    static final Map<String, String> PUBLIC_READ = Map.of("Access-Control-Allow-Origin", "*", "Access-Control-Expose-Headers", EXPOSED);

    /** Resolved per request: filters are created before the runtime configuration exists. */
    private final Provider<ApiSettings> settings;

    Cors(Provider<ApiSettings> settings) {
        this.settings = settings;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100)
    public Response preflightAndWriteOrigins(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return null;
        }
        String requestedMethod = request.getHeaderString("Access-Control-Request-Method");
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && requestedMethod != null) {
            String method = requestedMethod.trim().toUpperCase(Locale.ROOT);
            if (method.equals(HttpMethod.POST) && READ_ONLY_POSTS.contains(path)) {
                return Response.noContent().header("Access-Control-Allow-Origin", "*").header("Access-Control-Allow-Methods", "POST")
                        .header("Access-Control-Allow-Headers", "Content-Type, Accept")
                        .header("Access-Control-Max-Age", settings.get().cors().maxAge().toSeconds()).build();
            }
            return preflight(origin, method, request.getHeaderString("Access-Control-Request-Headers"));
        }
        if (WRITES.contains(request.getMethod()) && !READ_ONLY_POSTS.contains(path) && !mayWrite(origin)
                && !isOwn(origin, request)) {
            throw originNotAllowed(origin);
        }
        return null;
    }

    @ServerResponseFilter
    public void corsHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
            return;
        }
        boolean publicRead = ((HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null)
                || (HttpMethod.POST.equals(request.getMethod()) && READ_ONLY_POSTS.contains(request.getUriInfo().getRequestUri().getRawPath()));
        if (publicRead) {
            PUBLIC_READ.forEach(response.getHeaders()::putSingle);
        } else if (mayWrite(origin)) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().add(HttpHeaders.VARY, "Origin");
            response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSED);
        }
    }

    private Response preflight(String origin, String method, String requestedHeaders) {
        List<String> headers = requestedHeaders == null ? List.of()
                : List.of(requestedHeaders.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        boolean read = (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))
                && READ_HEADERS.containsAll(headers.stream().filter(header -> !header.isBlank()).toList());
        long maxAge = settings.get().cors().maxAge().toSeconds();
        if (read) {
            List<String> allowed = headers.stream().filter(header -> !header.isBlank()).toList();
            Response.ResponseBuilder answer = Response.noContent()
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Methods", "GET, HEAD")
                    .header("Access-Control-Max-Age", maxAge);
            if (!allowed.isEmpty()) {
                answer.header("Access-Control-Allow-Headers", String.join(", ", allowed));
            }
            return answer.build();
        }
        if (!mayWrite(origin)) {
            throw originNotAllowed(origin);
        }
        return Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header(HttpHeaders.VARY, "Origin")
                .header("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE")
                .header("Access-Control-Allow-Headers", WRITE_HEADERS)
                .header("Access-Control-Expose-Headers", EXPOSED)
                .header("Access-Control-Max-Age", maxAge)
                .build();
    }

    /** A request from the service's own pages (a browser sends Origin on every POST, same-origin ones too). */
    private static boolean isOwn(String origin, ContainerRequestContext request) {
        var base = request.getUriInfo().getBaseUri();
        String own = base.getScheme() + "://" + base.getRawAuthority();
        return origin.equalsIgnoreCase(own);
    }

    private boolean mayWrite(String origin) {
        return settings.get().cors().writeOrigins().orElse(List.of()).contains(origin);
    }

    private static ApiException originNotAllowed(String origin) {
        return new ApiException(403, Problem.ABOUT_BLANK, "Forbidden", "Pages from " + origin + " may read this API but not write "
                + "to it, nor read the audit trail: their origin is not in stemcellms.cors.write-origins.", new ArrayList<>());
    }
}
