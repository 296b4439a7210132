package org.stemcellms.web.representation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.stemcellms.testing.Requests.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument.Get;
import org.stemcellms.testing.ApiDocument;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Content negotiation on every GET the committed OpenAPI document lists: wildcards, q-values and
 * nonsense in Accept end in a media type the operation documents for that status, or in a 406 problem;
 * never in a type nobody asked for (application/octet-stream with a Java object dump).
 */
@QuarkusTest
class ContentNegotiationTest {

    private static final List<String> ACCEPTS = List.of("*/*", "application/*", "text/*", "application/json;q=0, text/csv",
            "image/png", "garbage", "text/html", "application/json;q=0.5, text/csv;q=0.9", "*/*;q=0");

    @TestFactory
    Stream<DynamicTest> shouldAnswerADocumentedMediaTypeOrA406Problem() {
        return ApiDocument.gets().stream().map(get -> DynamicTest.dynamicTest(get.toString(), () -> {
            for (String accept : ACCEPTS) {
                Response response = as(get).header("Accept", accept).get(get.path()).then().extract().response();
                String type = mediaType(response);
                String what = get + " with Accept: " + accept + " answered " + response.statusCode() + " " + type;
                if (response.statusCode() == 406) {
                    assertEquals("application/problem+json", type, what);
                } else {
                    assertTrue(get.mediaTypes(response.statusCode()).contains(type), what + "; documented: "
                            + get.mediaTypes(response.statusCode()));
                }
            }
        }));
    }

    @Test
    void shouldShareAnETagOnlyBetweenAcceptsThatNegotiateToTheSameType() {
        String path = "/api/v1/notes";
        String json = given().accept("application/json").get(path).then().statusCode(200).extract().header("ETag");
        assertEquals(json, given().accept("*/*").get(path).then().statusCode(200).extract().header("ETag"));
        assertEquals(json, given().accept("application/*").get(path).then().statusCode(200).extract().header("ETag"));
        String csv = given().accept("text/csv").get(path).then().statusCode(200).contentType(startsWith("text/csv")).extract()
                .header("ETag");
        assertNotEquals(json, csv);
        assertEquals(csv, given().accept("text/*").get(path).then().statusCode(200).contentType(startsWith("text/csv")).extract()
                .header("ETag"));
        assertEquals(csv, given().accept("application/json;q=0, */*").get(path).then().statusCode(200).extract().header("ETag"));
        // a cached JSON answer is never served for CSV, nor the other way round
        given().accept("text/*").header("If-None-Match", json).get(path).then().statusCode(200).contentType(startsWith("text/csv"));
        given().accept("*/*").header("If-None-Match", json).get(path).then().statusCode(304);
    }

    @Test
    void shouldAnswerAProblemToARequestThatAcceptsOnlyHtml() {
        given().accept("text/html").get("/api/v1/no-such-collection").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
        given().accept("text/html").get("/no-such-page").then().statusCode(404).contentType("application/problem+json");
        given().accept("text/html").get("/api/v1/notes").then().statusCode(406).contentType("application/problem+json")
                .body("detail", containsString("text/html"));
        // a record that does not exist is a 404 whatever the Accept; one that does, a 406 without its ETag
        given().accept("text/html").get("/api/v1/clinics/no-such-clinic").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
        given().accept("image/png").get("/api/v1/clinics/clinica-ruiz").then().statusCode(406)
                .contentType("application/problem+json").header("ETag", nullValue()).header("Cache-Control", is("no-store"));
        // an invalid parameter is a 400 whatever the Accept
        given().accept("text/html").queryParam("size", 0).get("/api/v1/notes").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAChangeWhoseAnswerCannotBeAcceptedBeforeMakingIt() {
        var note = org.stemcellms.testing.WriteBodies.BY_COLLECTION.get("notes");
        given().header("Authorization", note.writer()).accept("image/png").contentType("application/json").body(note.json())
                .post(note.path()).then().statusCode(406).contentType("application/problem+json");
        given().get(note.item()).then().statusCode(404);
    }

    static String mediaType(Response response) {
        String type = response.contentType();
        return type == null ? "" : type.replaceFirst(";.*", "").trim();
    }
}
