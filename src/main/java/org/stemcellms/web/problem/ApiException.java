package org.stemcellms.web.problem;

import java.util.List;

import org.stemcellms.web.problem.Problem.FieldError;

/** An expected failure that answers as a problem: thrown by resources, turned into a response by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    public static final String INVALID_PARAMETERS = "/problems/invalid-parameters";
    public static final String INVALID_BODY = "/problems/invalid-body";
    public static final String UNKNOWN_REFERENCE = "/problems/unknown-reference";

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, Problem.ABOUT_BLANK, "Not Found", detail, List.of());
    }

    public static ApiException invalidParameters(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 parameter is invalid." : errors.size() + " parameters are invalid.";
        return new ApiException(400, INVALID_PARAMETERS, "Invalid parameters", detail, errors);
    }

    /** The request body is not a valid write form: errors name each field by its JSON path (e.g. findings[0].outcome). */
    public static ApiException invalidBody(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field of the request body is invalid."
                : errors.size() + " fields of the request body are invalid.";
        return new ApiException(400, INVALID_BODY, "Invalid request body", detail, errors);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, Problem.ABOUT_BLANK, "Conflict", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
