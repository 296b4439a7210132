package org.stemcellms.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.stemcellms.web.Problem.FieldError;

/**
 * Turns away, as a 400 problem, what no resource can use and PostgreSQL would refuse: a NUL character
 * (%00) in the path or a query parameter. Checked once here, before any resource runs.
 */
public class RequestGuard {

    private static final char NUL = '\u0000';

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
