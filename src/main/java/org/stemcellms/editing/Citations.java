package org.stemcellms.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.stemcellms.web.problem.Problem.FieldError;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Field-level citations: for each factual field of a record's write form that has a value, the ids of the
 * sources that state it ({@code {"name": ["article"], "price": ["clinic-site", "news-2023"]}}). A record may
 * combine facts from several pages; a client can tell which page states which field.
 */
public final class Citations {

    /** What a write form holds besides facts: its id, its bookkeeping, an order of display, the citations themselves. */
    private static final Set<String> NOT_FACTS = Set.of("sourceId", "reviewedOn", "position", "citations");
    private static final Pattern SOURCE_ID = Pattern.compile(Inputs.SLUG);

    private Citations() {
    }

    /** The factual fields that have a value in a write form (as JSON): present, not null, not an empty list. */
    public static SortedSet<String> factualFields(JsonNode form, String idField) {
        SortedSet<String> fields = new TreeSet<>();
        form.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            boolean present = !value.isNull() && !(value.isArray() && value.isEmpty());
            if (present && !NOT_FACTS.contains(field.getKey()) && !field.getKey().equals(idField)) {
                fields.add(field.getKey());
            }
        });
        return fields;
    }

    /** A 400 error for each factual field with a value but no source, each citation of anything else, and each malformed id. */
    public static List<FieldError> check(JsonNode form, String idField, Map<String, List<String>> citations) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<String>> given = citations == null ? Map.of() : citations;
        SortedSet<String> facts = factualFields(form, idField);
        for (String fact : facts) {
            List<String> sources = given.get(fact);
            if (sources == null || sources.isEmpty()) {
                errors.add(new FieldError("citations." + fact, "must name the source(s) that state " + fact));
            }
        }
        new TreeSet<>(given.keySet()).forEach(field -> {
            if (!facts.contains(field)) {
                errors.add(new FieldError("citations." + field, "cites no factual field with a value"));
                return;
            }
            List<String> sources = given.get(field);
            for (int i = 0; sources != null && i < sources.size(); i++) {
                if (sources.get(i) == null || !SOURCE_ID.matcher(sources.get(i)).matches()) {
                    errors.add(new FieldError("citations." + field + "[" + i + "]", "must be the id of a source, such as article"));
                }
            }
        });
        return errors;
    }
}
