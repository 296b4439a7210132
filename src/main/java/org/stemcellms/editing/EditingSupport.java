package org.stemcellms.editing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.stemcellms.change.ChangeLog;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What every {@link ContentService} needs, gathered so that each service takes a single constructor argument. */
@ApplicationScoped
public class EditingSupport {

    private final EntityManager entityManager;
    private final ChangeLog changes;
    private final Validator validator;
    private final ObjectMapper json;
    private final CurrentEditor editor;

    EditingSupport(EntityManager entityManager, ChangeLog changes, Validator validator, ObjectMapper json, CurrentEditor editor) {
        this.entityManager = entityManager;
        this.changes = changes;
        this.validator = validator;
        this.json = json;
        this.editor = editor;
    }

    /** Who is writing, as the audit trail records them: the token's subject (401 when it names no one). */
    String author() {
        return editor.name();
    }

    EntityManager entityManager() {
        return entityManager;
    }

    ChangeLog changes() {
        return changes;
    }

    /** Now, at the precision PostgreSQL keeps, so that what a response shows is what a later GET shows. */
    Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Bean Validation of an input: a 400 problem naming every invalid field, with its path (e.g. findings[0].outcome). */
    void validate(Object input, List<FieldError> extra) {
        List<FieldError> errors = new ArrayList<>(extra);
        rejectUnusableText(tree(input), "", errors);
        validator.validate(input).forEach(violation -> errors.add(
                new FieldError(jsonPath(violation.getPropertyPath().toString()), violation.getMessage())));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw ApiException.invalidBody(errors);
        }
    }

    /**
     * Text PostgreSQL cannot store as sent (a NUL character, an unpaired surrogate) or that says nothing
     * (only spaces of any script, which @NotBlank lets through): a 400 naming the field, not a failed
     * statement or a silently altered value.
     */
    private static void rejectUnusableText(JsonNode node, String path, List<FieldError> errors) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.indexOf('\u0000') >= 0) {
                errors.add(new FieldError(path, "must not contain the NUL character"));
            } else if (hasUnpairedSurrogate(text)) {
                errors.add(new FieldError(path, "must not contain unpaired UTF-16 surrogates"));
            } else if (!text.isEmpty() && text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                errors.add(new FieldError(path, "must not be blank"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectUnusableText(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> rejectUnusableText(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), errors));
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Numbers compare by value, so 54500 and 54500.00 are the same price. */
    private static final Comparator<JsonNode> NUMERIC_VALUES = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    /**
     * Whether two write forms hold the same values; {@code idField}, when given, is set to {@code id} in the
     * second first (a replacement may leave the id out).
     */
    boolean sameValues(JsonNode current, JsonNode candidate, String id, String idField) {
        if (idField != null && candidate instanceof ObjectNode object) {
            object.put(idField, id);
        }
        return current.equals(NUMERIC_VALUES, candidate);
    }

    /** Bean Validation names list elements "values[0].<list element>"; the JSON path is "values[0]". */
    private static String jsonPath(String propertyPath) {
        return propertyPath.replaceAll("\\.<[^>]+>", "");
    }

    JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    /** Reads a merged patch into the input type; unknown properties and wrong types fail as they do in a request body. */
    <I> I read(JsonNode tree, Class<I> type) {
        return new InputBinder(json).bind(tree, type);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a write form could not be serialised", e);
        }
    }

    References references() {
        return new References(entityManager);
    }
}
