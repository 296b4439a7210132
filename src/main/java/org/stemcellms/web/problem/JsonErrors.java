package org.stemcellms.web.problem;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.stemcellms.web.problem.Problem.FieldError;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Says, in the API's words and without Jackson's internals, which part of a request body could not be read and why. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static FieldError describe(JsonProcessingException e) {
        return describe(e, "");
    }

    /** The error of reading a value at {@code basePath} (e.g. {@code price}), whose own path the exception may extend. */
    public static FieldError describe(JsonProcessingException e, String basePath) {
        if (e instanceof StreamConstraintsException) {
            return new FieldError("", "exceeds a size limit (nesting depth, number or string length)");
        }
        if (e instanceof InputCoercionException) {
            return new FieldError(basePath, "is out of range");
        }
        if (e instanceof JsonParseException parse) {
            return new FieldError("", "is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ")");
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new FieldError("", "could not be read");
        }
        String field = join(basePath, path(mapping));
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "is not a property of this resource");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return new FieldError(field, "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldError(field, "must be " + expected(mismatch.getTargetType()));
        }
        return new FieldError(field, "is not valid here");
    }

    private static String join(String base, String path) {
        if (base.isEmpty() || path.isEmpty()) {
            return base + path;
        }
        return path.startsWith("[") ? base + path : base + "." + path;
    }

    /** The JSON path of the failing value, e.g. {@code findings[0].outcome}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Whether the JSON form of a value of this type is a string: text, a date, a time or an enumerated value. */
    public static boolean isTextual(Class<?> type) {
        return type == String.class || type.isEnum() || java.time.temporal.Temporal.class.isAssignableFrom(type);
    }

    /** What a value of this type looks like in JSON, as the end of "must be ...". */
    public static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class) {
            return "a date and time (RFC 3339, such as 2026-11-24T16:00:00Z)";
        }
        return "an object";
    }
}
