package org.stemcellms.web.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.stemcellms.web.AllowedMethods;
import org.stemcellms.web.RequestIds;

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
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(428, "Precondition Required"),
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
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, uri);
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
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return problem(401, Problem.ABOUT_BLANK, title(401), "This operation needs a bearer token (Authorization: Bearer <JWT>) "
                + "with the editor or admin role.", uri, List.of()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return problem(401, Problem.ABOUT_BLANK, title(401), "The bearer token is not valid: it is malformed, expired, not "
                + "signed by the configured key or not issued by the configured issuer.", uri, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, Problem.ABOUT_BLANK, title(403), "The bearer token is valid but does not carry a role allowed to do this.",
                uri, List.of()).build();
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        return apiException(ApiException.invalidBody(List.of(JsonErrors.describe(e))), uri);
    }

    /** Declared apart from {@link #unreadableBody} to take precedence over quarkus-rest-jackson's own mapper of this type. */
    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedBody(JsonParseException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response lostUpdate(OptimisticLockException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response lostUpdate(StaleStateException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    /** A database constraint caught what the checks before it could not (a race between two writers, or a rule they miss). */
    @ServerExceptionMapper
    public Response constraintViolated(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return switch (e.getKind()) {
            case UNIQUE -> problem(409, Problem.ABOUT_BLANK, title(409), "Another record already has this id or this unique value ("
                    + e.getConstraintName() + ").", uri, List.of()).build();
            case FOREIGN_KEY -> problem(409, Problem.ABOUT_BLANK, title(409),
                    "The change conflicts with records that refer to this one, or that it refers to.", uri, List.of()).build();
            default -> apiException(ApiException.invalidBody(List.of(new Problem.FieldError("",
                    "breaks the rule " + e.getConstraintName()))), uri);
        };
    }

    /** A value the checks before it let through but the database cannot store (a date or number out of its range). */
    @ServerExceptionMapper
    public Response unstorable(DataException e, UriInfo uri) {
        LOG.warnf("Refused a value the database cannot store at %s: %s", uri.getRequestUri().getRawPath(), e.getSQLException().getMessage());
        return apiException(ApiException.invalidBody(List.of(new Problem.FieldError("", "holds a value out of the range the "
                + "database can store"))), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.isCause(e)) {
            LOG.warnf("The database is unreachable or too slow; answered %s with 503: %s", uri.getRequestUri().getRawPath(),
                    DatabaseOutage.describe(e));
            return problem(503, Problem.ABOUT_BLANK, title(503), "The service's database cannot answer just now. Retry after "
                    + "the time in Retry-After; if this was a change, GET the record first to see whether it was applied.", uri, List.of())
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(e, "Unexpected failure answering %s", uri.getRequestUri().getRawPath());
        return problem(500, Problem.ABOUT_BLANK, title(500), "The server failed to answer this request; the failure has been logged.",
                uri, List.of()).build();
    }

    private static Response concurrentChange(UriInfo uri) {
        return problem(412, Problem.ABOUT_BLANK, title(412), "Someone else changed the record while this change was being made; "
                + "GET it again, reapply your change with its new ETag and retry.", uri, List.of()).build();
    }

    /**
     * Turns an answer a resource already gave into the problem {@code e} describes, for the response filters that decide
     * only once the resource has answered (a read that turns out unacceptable, a stale If-Match): no representation
     * header of the replaced answer stays.
     */
    public static void replaceWith(ApiException e, ContainerRequestContext request, ContainerResponseContext response) {
        UriInfo uri = request.getUriInfo();
        Problem body = new Problem(Problem.absoluteType(e.type(), uri.getBaseUri()), e.title(), e.status(), e.getMessage(),
                uri.getRequestUri().getRawPath(), RequestIds.current(), e.errors());
        List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.LINK, "Content-Disposition").forEach(response.getHeaders()::remove);
        response.setStatus(e.status());
        response.setEntity(body, null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    public static Response.ResponseBuilder problem(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem body = new Problem(Problem.absoluteType(type, uri.getBaseUri()), title, status, detail, uri.getRequestUri().getRawPath(),
                RequestIds.current(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static String detail(int status, String allow, UriInfo uri, HttpHeaders headers) {
        String path = uri.getRequestUri().getRawPath();
        return switch (status) {
            case 404 -> "No resource exists at " + path + ".";
            case 405 -> "This method is not allowed on " + path + (allow == null ? "." : "; allowed: " + allow + ".");
            case 406 -> "None of the media types in Accept (" + String.join(", ", headers.getRequestHeader(HttpHeaders.ACCEPT))
                    + ") can be produced for " + path + "; the OpenAPI document (/q/openapi) lists the types each operation offers.";
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
