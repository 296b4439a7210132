package org.stemcellms.web.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Provider;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.stemcellms.web.AllowedMethods;
import org.stemcellms.web.ApiSettings;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem.FieldError;

/**
 * Turns away, before any resource runs, requests that would otherwise get a misleading answer: a body
 * announced as larger than stemcellms.max-body-size (413, before reading it), a NUL character (%00) in the
 * path or a query parameter, which PostgreSQL refuses (400), a method the path does not take (405), and OPTIONS,
 * which RESTEasy would answer 200 on a path no resource serves (404 here) and with a wrong Allow on the others.
 */
public class RequestGuard {

    private static final char NUL = '\u0000';

    private final AllowedMethods allowedMethods;
    /** Resolved per request: filters are created before the runtime configuration exists. */
    private final Provider<ApiSettings> settings;

    RequestGuard(AllowedMethods allowedMethods, Provider<ApiSettings> settings) {
        this.allowedMethods = allowedMethods;
        this.settings = settings;
    }

    /** A body announced as too large is refused before it is read. */
    @ServerRequestFilter(preMatching = true)
    public void rejectLargeBodies(ContainerRequestContext request) {
        long limit = settings.get().maxBodySize().asLongValue();
        if (request.getLength() > limit) {
            throw BodyLimit.tooLarge(limit);
        }
    }

    /**
     * OPTIONS answers the methods the path's route takes, the same {@code Allow} as its 405s (RESTEasy's own answer
     * lists every method of every route the path could match). CORS preflights are left to {@link Cors}.
     */
    @ServerRequestFilter(preMatching = true)
    public Response answerOptions(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String allow = allowedMethods.allow(path);
        if (allow == null) {
            throw ApiException.notFound("No resource exists at " + path + ".");
        }
        if (request.getHeaderString("Origin") != null && request.getHeaderString("Access-Control-Request-Method") != null) {
            return null;
        }
        return Response.noContent().header(HttpHeaders.ALLOW, allow).build();
    }

    /**
     * A method the path's own route does not take is 405 before matching: RESTEasy Reactive would otherwise
     * hand PUT /costs/summary to PUT /costs/{id}, where it would meet a login prompt instead of the truth.
     * Only changing methods are checked: every literal path that shadows a template takes GET (and so HEAD),
     * OPTIONS is always allowed, and the reads, the hot path, are spared a scan of every route.
     */
    @ServerRequestFilter(preMatching = true)
    public void rejectMethodsThePathDoesNotTake(ContainerRequestContext request) {
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
            return;
        }
        String allow = allowedMethods.allow(request.getUriInfo().getRequestUri().getRawPath());
        if (allow != null) {
            List<String> allowed = List.of(allow.split(", "));
            if (!allowed.contains(method)) {
                throw new NotAllowedException(allowed.get(0), allowed.subList(1, allowed.size()).toArray(String[]::new));
            }
        }
    }

    @ServerRequestFilter(preMatching = true)
    public void rejectNulCharacters(UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        if (uri.getPath().indexOf(NUL) >= 0) {
            errors.add(new FieldError("path", "must not contain the NUL character (%00)"));
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf(NUL) >= 0 || parameter.getValue().stream().anyMatch(value -> value.indexOf(NUL) >= 0)) {
                errors.add(new FieldError(parameter.getKey(), "must not contain the NUL character (%00)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidParameters(errors);
        }
    }
}
