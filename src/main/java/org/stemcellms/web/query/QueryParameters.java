package org.stemcellms.web.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem.FieldError;

import io.quarkus.panache.common.Sort;

/**
 * Parses a request's query parameters, collecting every invalid one so that a single 400 problem
 * names them all. Blank values count as absent.
 */
public final class QueryParameters {

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]{1,15}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_TEXT_LENGTH = 200;

    private final List<FieldError> errors = new ArrayList<>();

    public PageRequest page(PageParams params) {
        return params.parse(this);
    }

    public int integer(String name, String raw, int defaultValue, int min, int max) {
        Integer value = optionalInteger(name, raw, min, max);
        return value == null ? defaultValue : value;
    }

    public Integer optionalInteger(String name, String raw, int min, int max) {
        if (isBlank(raw)) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                return reject(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            return reject(name, "must be an integer between " + min + " and " + max);
        }
    }

    /** A number from {@code min} to {@code max}, such as an EDSS score. */
    public BigDecimal decimal(String name, String raw, BigDecimal min, BigDecimal max) {
        if (isBlank(raw)) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.trim());
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                return reject(name, "must be a number from " + min.toPlainString() + " to " + max.toPlainString());
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            return reject(name, "must be a number from " + min.toPlainString() + " to " + max.toPlainString());
        }
    }

    /** An amount of money: not negative, at most 12 integer digits and 2 decimal places. */
    public BigDecimal nonNegativeAmount(String name, String raw) {
        if (isBlank(raw)) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.trim());
            BigDecimal digits = value.stripTrailingZeros();
            if (value.signum() < 0) {
                return reject(name, "must not be negative");
            }
            if (digits.scale() > 2) {
                return reject(name, "must have at most 2 decimal places");
            }
            if (digits.precision() - digits.scale() > 12) {
                return reject(name, "must be below 1000000000000");
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            return reject(name, "must be a number");
        }
    }

    public Boolean bool(String name, String raw) {
        if (isBlank(raw)) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> reject(name, "must be true or false");
        };
    }

    public <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (isBlank(raw)) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return reject(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** An ISO 3166-1 alpha-2 country code, upper-cased. */
    public String countryCode(String name, String raw) {
        return matching(name, raw, COUNTRY_CODE, "must be an ISO 3166-1 alpha-2 country code, such as MX")
                .map(code -> code.toUpperCase(Locale.ROOT)).orElse(null);
    }

    /** An ISO 4217 currency code such as EUR, upper-cased. */
    public String currency(String name, String raw) {
        String code = matching(name, raw, Pattern.compile("[A-Za-z]{3}"), "must be an ISO 4217 currency code, such as EUR")
                .map(value -> value.toUpperCase(Locale.ROOT)).orElse(null);
        if (code != null && !Currencies.isIso4217(code)) {
            return reject(name, "is not an ISO 4217 currency code");
        }
        return code;
    }

    /** A therapy code such as HSCT, upper-cased. */
    public String code(String name, String raw) {
        return matching(name, raw, CODE, "must be a code of 2 to 16 letters or digits, such as HSCT")
                .map(code -> code.toUpperCase(Locale.ROOT)).orElse(null);
    }

    /** A lower-case, hyphenated id such as clinica-ruiz. */
    public String slug(String name, String raw) {
        return matching(name, raw, SLUG, "must be a lower-case id of letters, digits and hyphens, such as clinica-ruiz")
                .orElse(null);
    }

    /** Free text for full-text search. */
    public String text(String name, String raw) {
        if (isBlank(raw)) {
            return null;
        }
        if (raw.length() > MAX_TEXT_LENGTH) {
            return reject(name, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return raw.trim();
    }

    /** An ISO 8601 instant (2026-11-24T16:00:00Z) or date (2026-11-24, meaning its start in UTC). */
    public Instant instant(String name, String raw) {
        if (isBlank(raw)) {
            return null;
        }
        String value = raw.trim();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return reject(name, "must be an ISO 8601 date-time with offset, such as 2026-11-24T16:00:00Z, or a date");
        }
    }

    public Sort sort(String name, String raw, Sorting sorting) {
        String value = isBlank(raw) ? sorting.defaultValue() : raw.trim();
        Sort sort = sorting.toSort(value);
        return sort != null ? sort : reject(name, "must be one of " + String.join(", ", sorting.values()));
    }

    /** One of a few accepted words, lower-cased. */
    public String oneOf(String name, String raw, List<String> accepted) {
        if (isBlank(raw)) {
            return null;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        return accepted.contains(value) ? value : reject(name, "must be one of " + String.join(", ", accepted));
    }

    /** Records an error on a condition that spans parameters, such as min above max. */
    public void require(boolean condition, String name, String message) {
        if (!condition) {
            reject(name, message);
        }
    }

    /** Throws a 400 problem naming every invalid parameter, if there is one. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw ApiException.invalidParameters(errors);
        }
    }

    private Optional<String> matching(String name, String raw, Pattern pattern, String message) {
        if (isBlank(raw)) {
            return Optional.empty();
        }
        String value = raw.trim();
        if (!pattern.matcher(value).matches()) {
            reject(name, message);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private <T> T reject(String name, String message) {
        errors.add(new FieldError(name, message));
        return null;
    }

    private static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }
}
