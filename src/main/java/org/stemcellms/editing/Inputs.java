package org.stemcellms.editing;

import java.util.List;

import org.stemcellms.web.problem.Problem.FieldError;

/** Formats, limits and cross-field checks shared by the write forms (the formats used in their Bean Validation annotations). */
public final class Inputs {

    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String SLUG_MESSAGE = "must be lower-case letters and digits separated by single hyphens, such as clinica-ruiz";
    public static final String CODE = "[A-Z][A-Z0-9]{1,15}";
    public static final String CODE_MESSAGE = "must be 2 to 16 upper-case letters or digits, starting with a letter, such as HSCT";
    public static final String COUNTRY = "[A-Z]{2}";
    public static final String COUNTRY_MESSAGE = "must be an upper-case ISO 3166-1 alpha-2 code, such as MX";
    public static final String URL = "https?://[^\\s]+";
    public static final String URL_MESSAGE = "must be an http or https URL";

    public static final int NAME = 200;
    public static final int TEXT = 4000;
    public static final int ITEMS = 50;

    private Inputs() {
    }

    /** A 400 error on {@code minField} when both bounds of a pair are given and the lower is above the upper. */
    public static <T extends Comparable<T>> void requireOrdered(List<FieldError> errors, String minField, T min, String maxField, T max) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add(new FieldError(minField, "must not be above " + maxField));
        }
    }
}
