package org.stemcellms.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become responses: every error leaves the service as
 * {@code application/problem+json}, with no stack trace or class name in it.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final AllowedMethods allowedMethods;

    ProblemMapper(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors()).build();
    }

    @ServerExceptionMapper
    public Response webApplicationException(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String allow = status == 405 ? allowedMethods.allow(uri.getRequestUri().getRawPath()) : null;
        Response.ResponseBuilder response = problem(status, Problem.ABOUT_BLANK, title(status), detail(status, allow, uri, headers),
                uri, List.of());
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        copyHeader(original, response, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(original, response, HttpHeaders.RETRY_AFTER);
        return response.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return apiException(ApiException.invalidParameters(errors), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure answering %s", uri.getRequestUri().getRawPath());
        return problem(500, Problem.ABOUT_BLANK, title(500), "The server failed to answer this request; the failure has been logged.",
                uri, List.of()).build();
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem body = new Problem(type, title, status, detail, uri.getRequestUri().getRawPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static String detail(int status, String allow, UriInfo uri, HttpHeaders headers) {
        String path = uri.getRequestUri().getRawPath();
        return switch (status) {
            case 404 -> "No resource exists at " + path + ".";
            case 405 -> "This method is not allowed on " + path + (allow == null ? "." : "; allowed: " + allow + ".");
            case 406 -> "None of the media types in Accept (" + String.join(", ", headers.getRequestHeader(HttpHeaders.ACCEPT))
                    + ") can be produced for " + path + "; this resource is available as application/json.";
            case 415 -> "The request's Content-Type is not supported by " + path + ".";
            default -> "The request could not be processed.";
        };
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? "" : name;
    }

    private static String title(int status) {
        String title = TITLES.get(status);
        if (title != null) {
            return title;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        String value = from.getHeaderString(name);
        if (value != null) {
            to.header(name, value);
        }
    }
}
