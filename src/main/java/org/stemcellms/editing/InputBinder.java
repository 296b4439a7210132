package org.stemcellms.editing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.JsonErrors;
import org.stemcellms.web.problem.Problem.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Binds a JSON body to a write form (a record, with nested records and lists), collecting every unknown
 * property and every value of the wrong type, so that one 400 names them all, where Jackson would stop at
 * the first. Each value is still read by the application's strict Jackson settings.
 */
final class InputBinder {

    private final ObjectMapper json;

    InputBinder(ObjectMapper json) {
        this.json = json;
    }

    <I> I bind(JsonNode body, Class<I> type) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ApiException.invalidBody(List.of(new FieldError("", "a JSON object is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        Object input = bind(body, type, "", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalidBody(errors);
        }
        return type.cast(input);
    }

    private Object bind(JsonNode node, Type type, String path, List<FieldError> errors) {
        if (node.isNull()) {
            return null;
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            return bindRecord(node, record, path, errors);
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return bindList(node, list.getActualTypeArguments()[0], path, errors);
        }
        Class<?> raw = json.getTypeFactory().constructType(type).getRawClass();
        if (JsonErrors.isTextual(raw) && !node.isTextual()) {
            // Jackson would take [2024, 9, 26] or 19992 for a date: the document says a string, so only a string is one
            errors.add(new FieldError(path, "must be " + JsonErrors.expected(raw)));
            return null;
        }
        try {
            return json.treeToValue(node, json.getTypeFactory().constructType(type));
        } catch (JsonProcessingException e) {
            errors.add(JsonErrors.describe(e, path));
            return null;
        } catch (RuntimeException e) {
            // a value Jackson parsed but cannot convert: a number beyond any range, a date that does not exist
            errors.add(new FieldError(path, node.isNumber() ? "is out of range" : "must be " + JsonErrors.expected(raw)));
            return null;
        }
    }

    private Object bindRecord(JsonNode node, Class<?> record, String path, List<FieldError> errors) {
        if (!node.isObject()) {
            errors.add(new FieldError(path, "must be an object"));
            return null;
        }
        RecordComponent[] components = record.getRecordComponents();
        Set<String> known = new HashSet<>();
        for (RecordComponent component : components) {
            known.add(component.getName());
        }
        Set<String> readOnly = readOnly(record);
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name) && !readOnly.contains(name)) {
                errors.add(new FieldError(child(path, name), "is not a property of this resource"));
            }
        });
        int before = errors.size();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            JsonNode value = node.get(components[i].getName());
            types[i] = components[i].getType();
            values[i] = value == null ? null : bind(value, components[i].getGenericType(), child(path, components[i].getName()), errors);
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            return record.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + record.getSimpleName(), e);
        }
    }

    private List<Object> bindList(JsonNode node, Type element, String path, List<FieldError> errors) {
        if (!node.isArray()) {
            errors.add(new FieldError(path, "must be an array"));
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(bind(node.get(i), element, path + "[" + i + "]", errors));
        }
        return values;
    }

    /** The properties of the record's read form ({@link ReadForm}), which a body may carry and which are ignored. */
    private static Set<String> readOnly(Class<?> record) {
        ReadForm form = record.getAnnotation(ReadForm.class);
        Set<String> names = new HashSet<>();
        if (form != null) {
            for (RecordComponent component : form.value().getRecordComponents()) {
                names.add(component.getName());
            }
        }
        return names;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
