package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.ApiDocument;
import org.stemcellms.testing.Json;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Every field of every write form is validated: for each property the OpenAPI document describes, values
 * that break its type, format or bounds are refused with a 400 problem naming that field, and nothing is written.
 * The invalid values come from the document, so a new field is covered without touching this test.
 */
@QuarkusTest
class ValidationTest extends WithoutTestRecords {

    record Case(String collection, String field, Object value) {
        @Override
        public String toString() {
            return collection + " " + field + " = " + Json.write(value);
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseEachInvalidFieldNamingIt() {
        List<Case> cases = new ArrayList<>();
        for (var write : ApiDocument.writes()) {
            if (write.method().equals("POST")) {
                var body = WriteBodies.forPath(write.template());
                Schema<?> input = schema(write.operation().getRequestBody().getContent().get("application/json").getSchema().get$ref());
                collect(cases, body.collection(), "", input);
            }
        }
        assertTrue(cases.size() > 100, "only " + cases.size() + " invalid values found in the document");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            var body = WriteBodies.BY_COLLECTION.get(c.collection());
            Map<String, Object> map = new JsonPath(body.json()).getMap("$");
            set(map, c.field(), c.value());
            database.removeTestRecords();
            String before = database.fingerprint();
            try {
                given().header("Authorization", body.writer()).contentType("application/json").body(Json.write(map))
                        .post(body.path()).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("type", is(Requests.problemType("/problems/invalid-body")))
                        .body("errors.field", hasItem(anyOf(is(c.field()), startsWith(c.field() + "["), startsWith(c.field() + "."))));
            } catch (AssertionError e) {
                throw new AssertionError(c + ": " + e.getMessage(), e);
            }
            assertEquals(before, database.fingerprint(), c + " changed the database");
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldListEveryMissingRequiredFieldAtOnce() {
        return ApiDocument.writes().stream().filter(write -> write.method().equals("POST"))
                .map(write -> DynamicTest.dynamicTest(write.toString(), () -> {
                    Schema<?> input = schema(write.operation().getRequestBody().getContent().get("application/json").getSchema().get$ref());
                    List<String> required = new ArrayList<>(input.getRequired());
                    var fields = given().header("Authorization", WriteBodies.forPath(write.template()).writer())
                            .contentType("application/json")
                            .body("{}").post(write.path()).then().statusCode(400)
                            .extract().jsonPath().getList("errors.field", String.class);
                    assertFalse(required.isEmpty());
                    assertTrue(fields.containsAll(required), "missing " + required + " not all named in " + fields);
                }));
    }

    private static final String NOT_BLANK = "^\\s*\\S[\\s\\S]*$";

    /** Invalid values for each property of {@code schema}, recursing into nested objects. */
    private static void collect(List<Case> cases, String collection, String prefix, Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        properties.forEach((name, raw) -> {
            if (Boolean.TRUE.equals(raw.getReadOnly())) {
                // what only reads have (createdAt, the expanded references) is ignored in a write body
                return;
            }
            String field = prefix + name;
            Schema<?> property = raw.get$ref() != null ? schema(raw.get$ref())
                    : raw.getAllOf() != null ? schema(((Schema<?>) raw.getAllOf().get(0)).get$ref()) : raw;
            if (schema.getRequired() != null && schema.getRequired().contains(name)) {
                cases.add(new Case(collection, field, null));
            }
            String type = property.getType() != null ? property.getType() : raw.getType();
            if (property.getEnum() != null) {
                cases.add(new Case(collection, field, "NOT_A_VALUE"));
                cases.add(new Case(collection, field, 1));
            } else if ("object".equals(type) && property.getProperties() != null) {
                cases.add(new Case(collection, field, "not an object"));
                collect(cases, collection, field + ".", property);
            } else if ("string".equals(type)) {
                cases.add(new Case(collection, field, 12));
                if (property.getPattern() != null) {
                    // blank breaks every pattern, including the one @NotBlank documents (a non-space character somewhere)
                    cases.add(new Case(collection, field, " "));
                    if (!property.getPattern().equals(NOT_BLANK)) {
                        cases.add(new Case(collection, field, "Not valid!"));
                    }
                }
                if (property.getMaxLength() != null) {
                    cases.add(new Case(collection, field, "x".repeat(property.getMaxLength() + 1)));
                }
                if ("date".equals(property.getFormat())) {
                    cases.add(new Case(collection, field, "24/11/2026"));
                    if (name.equals("reviewedOn")) {
                        cases.add(new Case(collection, field, "2999-01-01"));
                    }
                }
            } else if ("integer".equals(type) || "number".equals(type)) {
                cases.add(new Case(collection, field, "many"));
                if (property.getMinimum() != null) {
                    cases.add(new Case(collection, field, property.getMinimum().subtract(BigDecimal.ONE)));
                }
                if (property.getMaximum() != null) {
                    cases.add(new Case(collection, field, property.getMaximum().add(BigDecimal.ONE)));
                }
                if ("integer".equals(type)) {
                    cases.add(new Case(collection, field, 1.5));
                }
            } else if ("boolean".equals(type)) {
                cases.add(new Case(collection, field, "yes"));
            } else if ("array".equals(type)) {
                cases.add(new Case(collection, field, "not an array"));
                if (property.getMaxItems() != null) {
                    cases.add(new Case(collection, field, java.util.Collections.nCopies(property.getMaxItems() + 1, "x")));
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> map, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            map.put(path, value);
            return;
        }
        Object nested = map.get(path.substring(0, dot));
        if (!(nested instanceof Map)) {
            nested = new java.util.LinkedHashMap<String, Object>();
            map.put(path.substring(0, dot), nested);
        }
        set((Map<String, Object>) nested, path.substring(dot + 1), value);
    }

    private static Schema<?> schema(String ref) {
        return ApiDocument.MODEL.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
