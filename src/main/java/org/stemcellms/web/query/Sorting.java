package org.stemcellms.web.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.panache.common.Sort;

/**
 * The sort orders a collection accepts: {@code sort=field} ascending, {@code sort=-field} descending.
 * Missing values sort last either way, except on fields declared "nulls high", where a missing value
 * means unbounded (an open-ended price). Every order ends on the id, so that pages are stable.
 */
public final class Sorting {

    private final Map<String, String> paths;
    private final String idPath;
    private final String defaultValue;
    private final Set<String> nullsHigh;
    private final Set<String> required;

    private Sorting(Map<String, String> paths, String idPath, String defaultValue, Set<String> nullsHigh, Set<String> required) {
        this.paths = paths;
        this.idPath = idPath;
        this.defaultValue = defaultValue;
        this.nullsHigh = nullsHigh;
        this.required = required;
    }

    /**
     * @param idPath the entity's id attribute, the final tie-breaker
     * @param defaultValue the order used when none is asked for, e.g. {@code name}
     * @param fieldsAndPaths pairs of API field name and entity attribute path (or comma-separated paths)
     */
    public static Sorting of(String idPath, String defaultValue, String... fieldsAndPaths) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndPaths.length; i += 2) {
            paths.put(fieldsAndPaths[i], fieldsAndPaths[i + 1]);
        }
        return new Sorting(paths, idPath, defaultValue, Set.of(), Set.of());
    }

    /** The same sorting, where a missing value of {@code field} counts as higher than any other. */
    public Sorting withNullsHigh(String field) {
        Set<String> high = new HashSet<>(nullsHigh);
        high.add(field);
        return new Sorting(paths, idPath, defaultValue, Set.copyOf(high), required);
    }

    /**
     * The same sorting, where {@code fields} never have missing values (NOT NULL columns): their order says
     * nothing about nulls, so that PostgreSQL can read it backwards from an index for a descending sort
     * (an index gives DESC NULLS FIRST, never DESC NULLS LAST).
     */
    public Sorting withRequired(String... fields) {
        Set<String> all = new HashSet<>(required);
        all.addAll(List.of(fields));
        return new Sorting(paths, idPath, defaultValue, nullsHigh, Set.copyOf(all));
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** The order used when a request asks for none. */
    public Sort defaultSort() {
        return toSort(defaultValue);
    }

    /** Every accepted value, ascending and descending. */
    public List<String> values() {
        List<String> values = new ArrayList<>();
        paths.keySet().forEach(field -> {
            values.add(field);
            values.add("-" + field);
        });
        return values;
    }

    /** The Panache sort for a value, or null if the value is not accepted. */
    Sort toSort(String value) {
        boolean descending = value.startsWith("-");
        String field = descending ? value.substring(1) : value;
        String path = paths.get(field);
        if (path == null) {
            return null;
        }
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        Sort.NullPrecedence nulls = descending && nullsHigh.contains(field) ? Sort.NullPrecedence.NULLS_FIRST
                : Sort.NullPrecedence.NULLS_LAST;
        Sort sort = Sort.empty();
        for (String attribute : path.split(",\\s*")) {
            if (required.contains(field)) {
                sort.and(attribute, direction);
            } else {
                sort.and(attribute, direction, nulls);
            }
        }
        return path.equals(idPath) ? sort : sort.and(idPath);
    }
}
