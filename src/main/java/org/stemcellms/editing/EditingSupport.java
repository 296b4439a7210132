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
import org.stemcellms.web.ApiException;
import org.stemcellms.web.Problem.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every {@link ContentService} needs, gathered so that each service takes a single constructor argument. */
@ApplicationScoped
public class EditingSupport {

    private final EntityManager entityManager;
    private final ChangeLog changes;
    private final Validator validator;
    private final ObjectMapper json;

    EditingSupport(EntityManager entityManager, ChangeLog changes, Validator validator, ObjectMapper json) {
        this.entityManager = entityManager;
        this.changes = changes;
        this.validator = validator;
        this.json = json;
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
        validator.validate(input).forEach(violation -> errors.add(
                new FieldError(violation.getPropertyPath().toString(), violation.getMessage())));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw ApiException.invalidBody(errors);
        }
    }

    JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    /** Reads a merged patch into the input type; unknown properties and wrong types fail as they do in a request body. */
    <I> I read(JsonNode tree, Class<I> type) throws JsonProcessingException {
        return json.treeToValue(tree, type);
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
