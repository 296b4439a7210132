package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument;
import org.stemcellms.testing.ApiDocument.Write;
import org.stemcellms.testing.Database;
import org.stemcellms.testing.Json;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Property-style: many malformed bodies (wrong types, huge strings, nulls, nested garbage, unicode, broken
 * JSON), generated from a fixed seed, thrown at every write endpoint with a body. Each must answer 4xx
 * problem+json and leave the database exactly as it was; none may answer 5xx.
 */
@QuarkusTest
class MalformedBodyTest {

    private static final int BODIES_PER_ENDPOINT = 30;

    @Inject
    Database database;

    @TestFactory
    Stream<DynamicTest> shouldRefuseMalformedBodiesWithoutChangingAnything() {
        return ApiDocument.writes().stream().filter(Write::hasBody).map(write -> DynamicTest.dynamicTest(write.toString(), () -> {
            Random random = new Random(write.toString().hashCode());
            String valid = WriteBodies.jsonFor(write.template());
            String before = database.fingerprint();
            for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
                String body = malformed(random, valid);
                var request = given().header("Authorization", WriteBodies.forPath(write.template()).writer()).contentType(write.contentType())
                        .body(body);
                if (!write.method().equals("POST")) {
                    request.header("If-Match", given().get(write.path()).then().statusCode(200).extract().header("ETag"));
                }
                try {
                    request.request(write.method(), write.path()).then()
                            .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                            .contentType("application/problem+json");
                } catch (AssertionError e) {
                    throw new AssertionError(write + " with " + abbreviate(body) + ": " + e.getMessage(), e);
                }
            }
            assertEquals(before, database.fingerprint(), "a malformed body changed the database through " + write);
        }));
    }

    /** One malformed body: a broken copy of a valid one, or garbage outright. */
    private static String malformed(Random random, String valid) {
        Map<String, Object> body = new JsonPath(valid).getMap("$");
        List<String> fields = new ArrayList<>(body.keySet());
        if (fields.isEmpty()) {
            fields.add("unexpected");
        }
        String field = fields.get(random.nextInt(fields.size()));
        switch (random.nextInt(13)) {
            case 0 -> body.put(field, wrongType(random, body.get(field)));
            case 1 -> body.put(field, "x".repeat(5_000 + random.nextInt(300_000)));
            case 2 -> body.put("unexpected" + unicode(random, 3), unicode(random, 10));
            case 3 -> body.put(field, nested(random, 3 + random.nextInt(4)));
            case 4 -> {
                return switch (random.nextInt(8)) {
                    case 0 -> "";
                    case 1 -> "null";
                    case 2 -> "[" + valid + "]";
                    case 3 -> valid.substring(0, random.nextInt(valid.length()));
                    case 4 -> "{\"" + field + "\": 1e999999}";
                    case 5 -> "[".repeat(2_000) + "]".repeat(2_000);
                    case 6 -> unicode(random, 200);
                    default -> valid + valid;
                };
            }
            case 5 -> body.put(field, body.get(field) instanceof String ? unicode(random, 20) + "\u0000" : wrongType(random, body.get(field)));
            case 6 -> {
                body.put(field, wrongType(random, body.get(field)));
                body.put(fields.get(random.nextInt(fields.size())), wrongType(random, null));
            }
            case 7 -> body.put(field, random.nextBoolean() ? Long.MAX_VALUE : -Double.MAX_VALUE);
            case 8 -> body.put(field, List.of(Map.of("a", List.of(Map.of("b", unicode(random, 5))))));
            case 9 -> breakNested(random, body);
            case 10 -> body.put(field, java.util.Arrays.asList("x", null));
            case 11 -> body.put("reviewedOn", random.nextBoolean() ? "-4714-11-24" : "0000-00-00");
            default -> body.put(field, wrongType(random, body.get(field)));
        }
        String json = Json.write(body);
        // a mutation that happens to stay valid would not be malformed: make sure of it
        return json.equals(Json.write(new JsonPath(valid).getMap("$"))) ? json + "}" : json;
    }

    /** Breaks a value inside a nested object or list: a number beyond any range, a null element, a wrong type. */
    @SuppressWarnings("unchecked")
    private static void breakNested(Random random, Map<String, Object> body) {
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            if (entry.getValue() instanceof Map<?, ?> nested && !nested.isEmpty()) {
                Map<String, Object> copy = new java.util.LinkedHashMap<>((Map<String, Object>) nested);
                String key = copy.keySet().iterator().next();
                copy.put(key, random.nextBoolean() ? new java.math.BigDecimal("1e400") : wrongType(random, copy.get(key)));
                entry.setValue(copy);
                return;
            }
            if (entry.getValue() instanceof List<?> list && !list.isEmpty()) {
                List<Object> copy = new ArrayList<>(list);
                copy.set(0, random.nextBoolean() ? null : wrongType(random, copy.get(0)));
                entry.setValue(copy);
                return;
            }
        }
        body.put("unexpected", new java.math.BigDecimal("-1e400"));
    }

    /** A value of another JSON type than {@code original}. */
    private static Object wrongType(Random random, Object original) {
        List<Object> candidates = new ArrayList<>(List.of("text", 42, 4.2, true, List.of(1, 2), Map.of("k", "v")));
        candidates.removeIf(candidate -> original != null && (candidate.getClass().equals(original.getClass())
                || candidate instanceof Number && original instanceof Number
                || candidate instanceof List && original instanceof List
                || candidate instanceof Map && original instanceof Map));
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static Object nested(Random random, int depth) {
        if (depth == 0) {
            return unicode(random, 4);
        }
        return random.nextBoolean() ? List.of(nested(random, depth - 1), nested(random, depth - 1))
                : Map.of(unicode(random, 3), nested(random, depth - 1));
    }

    /** Text across scripts: accents, CJK, right-to-left, emoji, combining marks, controls. */
    private static String unicode(Random random, int length) {
        String[] pieces = { "é", "ß", "漢", "字", "ש", "ل", "🙂", "🧬", "a\u0301", "\u200b", "\u202e", "\t", "\\", "\"", "'", "<b>" };
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "... (" + body.length() + " chars)" : body;
    }
}
