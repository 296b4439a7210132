package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.stemcellms.testing.ApiDocument.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument;
import org.stemcellms.testing.ApiDocument.Write;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;
import org.stemcellms.testing.WriteBodies.Body;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Every field of every documented write body, given every JSON shape it does not have (array, object, nested
 * array, huge numbers, a number for a text, a text for a number, a boolean, null in a list) must be a 400
 * problem naming that field; given its own shape at and beyond its documented bounds it may be accepted or
 * refused, but never with a 5xx. The fields come from the OpenAPI document, so a new write or field is
 * covered the moment it is documented.
 */
@QuarkusTest
class BodyShapeTest extends WithoutTestRecords {

    /** Numbers as written: 1e999999 stays that number rather than becoming "Infinity". */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
            DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    /** Every JSON shape, by name, with the schema types for which it is the right shape. */
    private static final Map<String, String> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("[1, [2]]", "array");
        SHAPES.put("{\"a\": {\"b\": [1]}}", "object");
        SHAPES.put("[[[[]]]]", "array");
        SHAPES.put("1e999999", "number");
        SHAPES.put("-123456789012345678901234567890", "number integer");
        SHAPES.put("12", "number integer");
        SHAPES.put("1.5", "number");
        SHAPES.put("\"12\"", "string");
        SHAPES.put("true", "boolean");
        SHAPES.put("[null]", "array");
        SHAPES.put("\"\"", "string");
    }

    /** A field of a request body: its JSON path and its schema. */
    private record Field(String path, Schema<?> schema) {
    }

    @TestFactory
    Stream<DynamicTest> shouldNameTheFieldOfEveryWrongShapeAndNeverFail() {
        List<Write> writes = ApiDocument.writes().stream().filter(Write::hasBody).toList();
        assertFalse(writes.isEmpty());
        return writes.stream().map(write -> DynamicTest.dynamicTest(write.toString(), () -> {
            database.removeTestRecords();
            Body body = WriteBodies.forPath(write.template());
            List<Field> fields = new ArrayList<>();
            fields.add(new Field("", requestSchema(write)));
            collect("", requestSchema(write), fields);
            Target target = new Target(write, body);
            for (Field field : fields) {
                String type = type(field.schema());
                for (Map.Entry<String, String> shape : SHAPES.entrySet()) {
                    boolean wrong = !List.of(shape.getValue().split(" ")).contains(type);
                    send(target, field, shape.getKey(), wrong);
                }
                for (String value : boundaries(field.schema())) {
                    send(target, field, value, false);
                }
            }
        }));
    }

    /** Where a write goes: for PUT and PATCH the collection's test record, with its current ETag. */
    private static final class Target {
        final Write write;
        final Body body;
        String etag;

        Target(Write write, Body body) {
            this.write = write;
            this.body = body;
            if (!write.method().equals("POST")) {
                given().header("Authorization", body.writer()).contentType("application/json").body(body.json()).post(body.path())
                        .then().statusCode(201);
            }
        }

        Response send(String json) {
            var request = given().header("Authorization", body.writer()).contentType(write.contentType()).body(json);
            if (write.method().equals("POST")) {
                return request.post(body.path());
            }
            if (etag == null) {
                etag = given().get(body.item()).then().statusCode(200).extract().header("ETag");
            }
            Response response = request.header("If-Match", etag).request(write.method(), body.item());
            if (response.statusCode() < 300) {
                etag = null;
            }
            return response;
        }
    }

    private void send(Target target, Field field, String value, boolean wrong) throws Exception {
        String json = field.path().isEmpty() ? value : with(target.body.json(), field.path(), JSON.readTree(value)).toString();
        Response response = target.send(json);
        String what = target.write + " with " + (field.path().isEmpty() ? "the body" : field.path()) + " = " + value;
        int status = response.statusCode();
        if (status >= 500) {
            throw new AssertionError(what + ": " + status + " " + response.asString());
        }
        if (status < 300 && target.write.method().equals("POST")) {
            // a value of the right shape may have made a record under another id ("12"): remove exactly that one
            given().header("Authorization", target.body.writer()).header("If-Match", response.header("ETag"))
                    .delete(response.header("Location")).then().statusCode(204);
        }
        if (!wrong) {
            return;
        }
        if (status != 400 || !response.contentType().startsWith("application/problem+json")) {
            throw new AssertionError(what + ": expected a 400 problem, got " + status + " " + response.asString());
        }
        List<String> named = response.jsonPath().getList("errors.field", String.class);
        boolean namesIt = named.stream().anyMatch(name -> name.equals(field.path()) || name.startsWith(field.path() + "[")
                || name.startsWith(field.path() + "."));
        if (!namesIt) {
            throw new AssertionError(what + ": the problem does not name " + field.path() + ": " + response.asString());
        }
    }

    /** Values of the field's own shape at and just beyond the bounds the document gives it. */
    private static List<String> boundaries(Schema<?> schema) {
        List<String> values = new ArrayList<>();
        switch (type(schema)) {
            case "string" -> {
                if (schema.getMaxLength() != null && schema.getPattern() == null && schema.getEnum() == null) {
                    values.add(JSON.valueToTree("x".repeat(schema.getMaxLength())).toString());
                    values.add(JSON.valueToTree("x".repeat(schema.getMaxLength() + 1)).toString());
                }
                if ("date".equals(schema.getFormat())) {
                    values.addAll(List.of("\"1900-01-01\"", "\"1899-12-31\"", "\"2024-02-30\"", "\"+999999999-12-31\"", "\"2024-1-1\""));
                }
                values.add("\"\\u0000\"");
                values.add("\"" + "\\u00e9".repeat(3) + "\"");
            }
            case "number", "integer" -> {
                values.addAll(List.of("0", "-1", "-0.001", "2147483647", "2147483648", "9223372036854775808", "1e308", "1e-308"));
                if (schema.getMaximum() != null) {
                    values.add(schema.getMaximum().toPlainString());
                    values.add(schema.getMaximum().add(java.math.BigDecimal.ONE).toPlainString());
                }
                if (schema.getMinimum() != null) {
                    values.add(schema.getMinimum().toPlainString());
                    values.add(schema.getMinimum().subtract(java.math.BigDecimal.ONE).toPlainString());
                }
            }
            case "array" -> {
                int max = schema.getMaxItems() == null ? 60 : schema.getMaxItems();
                values.add("[]");
                values.add("[" + String.join(",", java.util.Collections.nCopies(max + 1, "\"x\"")) + "]");
            }
            default -> {
            }
        }
        return values;
    }

    /** The body's schema, resolved. */
    private static Schema<?> requestSchema(Write write) {
        var content = write.operation().getRequestBody().getContent();
        return resolve(content.get(write.contentType()).getSchema());
    }

    /** Every property, recursively through objects and the first item of arrays; read-only ones are ignored on writes. */
    private static void collect(String path, Schema<?> schema, List<Field> fields) {
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                Schema<?> resolved = resolve(property);
                if (Boolean.TRUE.equals(property.getReadOnly()) || Boolean.TRUE.equals(resolved.getReadOnly())) {
                    return;
                }
                String child = path.isEmpty() ? name : path + "." + name;
                fields.add(new Field(child, resolved));
                collect(child, resolved, fields);
            });
        }
        if (schema.getItems() != null) {
            Schema<?> item = resolve(schema.getItems());
            String child = path + "[0]";
            fields.add(new Field(child, item));
            collect(child, item, fields);
        }
    }

    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        return schema.getEnum() != null ? "string" : "";
    }

    /** The body with the value at {@code path} (dotted, with [0] for a list's first item) replaced or added. */
    private static JsonNode with(String body, String path, JsonNode value) throws Exception {
        JsonNode root = JSON.readTree(body);
        JsonNode parent = root;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            boolean last = i == steps.length - 1;
            String step = steps[i];
            boolean indexed = step.endsWith("[0]");
            String name = indexed ? step.substring(0, step.length() - 3) : step;
            ObjectNode object = (ObjectNode) parent;
            if (!indexed) {
                if (last) {
                    object.set(name, value);
                } else {
                    if (!(object.get(name) instanceof ObjectNode)) {
                        object.set(name, JSON.createObjectNode());
                    }
                    parent = object.get(name);
                }
                continue;
            }
            if (!(object.get(name) instanceof ArrayNode)) {
                object.set(name, JSON.createArrayNode());
            }
            ArrayNode array = (ArrayNode) object.get(name);
            if (last) {
                if (array.isEmpty()) {
                    array.add(value);
                } else {
                    array.set(0, value);
                }
            } else {
                if (array.isEmpty() || !(array.get(0) instanceof ObjectNode)) {
                    array.removeAll();
                    array.add(JSON.createObjectNode());
                }
                parent = array.get(0);
            }
        }
        return root;
    }
}
