package org.stemcellms.web.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body: the only shape an error ever takes in this API. */
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (media type application/problem+json). "
        + "`type` is `about:blank` when the HTTP status says it all, otherwise an absolute URI on the service that answered, "
        + "naming the kind of problem, whose page says what it means and how to fix the request: `.../problems/invalid-parameters` "
        + "(400, with `errors` naming every invalid parameter), `.../problems/invalid-body` (400, every invalid field), "
        + "`.../problems/unknown-reference` (422, every id that names no record).")
public record Problem(
        @Schema(required = true, description = "URI identifying the kind of problem: `about:blank`, or a page of the service that "
                + "says what it means and how to fix the request.", example = Problem.EXAMPLE_SERVICE + ApiException.INVALID_PARAMETERS)
        String type,
        @Schema(required = true, description = "Short, human-readable summary of the kind of problem.", example = "Invalid parameters")
        String title,
        @Schema(required = true, description = "The HTTP status code.", example = "400")
        int status,
        @Schema(required = true, description = "Human-readable explanation of this occurrence.", example = "1 parameter is invalid.")
        String detail,
        @Schema(required = true, description = "The path of the request that failed.", example = "/api/v1/clinics")
        String instance,
        @Schema(description = "The request's id, as in its X-Request-Id response header and the service's logs: quote it when "
                + "reporting a problem.", example = "0b8f6c1e-7d1a-4a59-9a53-2f5f8f3f6a10")
        String requestId,
        @Schema(description = "Every invalid input, present only for invalid-input problems.")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** RFC 9457: the problem has no semantics beyond its HTTP status. */
    public static final String ABOUT_BLANK = "about:blank";
    /** The service's address in the OpenAPI document's examples: where it runs in development. */
    public static final String EXAMPLE_SERVICE = "http://localhost:8080";

    /**
     * A type as a client sees it: a path of this service's ({@code /problems/invalid-body}) made absolute against the
     * address the request reached it at, so that it resolves wherever the body is read; {@code about:blank} as it is.
     */
    public static String absoluteType(String type, URI service) {
        return type.startsWith("/") ? service.resolve(type).toString() : type;
    }

    /** One invalid input: the parameter or field it came from and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(required = true, description = "Name of the query parameter or body field.", example = "size")
            String field,
            @Schema(required = true, description = "What is wrong with the value.", example = "must be between 1 and 100")
            String message) {
    }
}
