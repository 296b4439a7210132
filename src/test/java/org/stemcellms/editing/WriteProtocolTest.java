package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Database;
import org.stemcellms.testing.Tokens;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** HTTP around the writes: body size limit, media types, If-Match forms, and what a refused request leaves behind. */
@QuarkusTest
class WriteProtocolTest {

    private static final WriteBodies.Body NOTE = WriteBodies.BY_COLLECTION.get("notes");

    @Inject
    Database database;

    @AfterEach
    void removeTestRecords() {
        database.removeTestRecords();
    }

    @Test
    void shouldRefuseABodyOverOneMebibyteWith413Problem() {
        String before = database.fingerprint();
        String huge = NOTE.with("text", "\"" + "x".repeat(1_100_000) + "\"");
        editor().contentType("application/json").body(huge).post(NOTE.path()).then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413));
        // sent in chunks, with no Content-Length to check up front
        editor().contentType("application/json").body(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))
                .post(NOTE.path()).then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, database.fingerprint());
    }

    @Test
    void shouldAcceptABodyJustUnderTheLimitAndValidateIt() {
        editor().contentType("application/json").body(NOTE.with("text", "\"" + "x".repeat(900_000) + "\"")).post(NOTE.path()).then()
                .statusCode(400).body("errors.field", is(java.util.List.of("text")));
    }

    @Test
    void shouldNameEveryUnknownPropertyAndWrongTypeAtOnce() {
        editor().contentType("application/json")
                .body("{\"id\":\"zz-test-note\",\"category\":\"NOPE\",\"position\":\"first\",\"title\":5,\"text\":\"X\","
                        + "\"sourceId\":\"article\",\"reviewedOn\":\"2026-01-01\",\"colour\":\"red\",\"version\":3}")
                .post(NOTE.path()).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("category", "position", "title", "colour", "version"));
        editor().contentType("application/json").body(WriteBodies.BY_COLLECTION.get("studies").json()
                .replace("\"unit\":\"YEARS\"", "\"unit\":\"DAYS\"").replace("\"approximate\":false", "\"approximate\":\"no\""))
                .post("/api/v1/studies").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("findings[0].value.unit", "findings[0].value.approximate"));
    }

    @Test
    void shouldAnswer415ForAnUnsupportedMediaType() {
        editor().contentType("text/plain").body("hello").post(NOTE.path()).then().statusCode(415)
                .contentType("application/problem+json");
        editor().header("If-Match", "\"0\"").contentType("application/json").body("{\"title\":\"x\"}")
                .patch("/api/v1/notes/vet-the-clinic").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer400ForAnEmptyOrNonObjectBody() {
        editor().contentType("application/json").body("").post(NOTE.path()).then().statusCode(400)
                .contentType("application/problem+json");
        editor().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("[1,2]")
                .patch("/api/v1/notes/vet-the-clinic").then().statusCode(400)
                .body("errors[0].message", containsString("JSON object"));
    }

    @Test
    void shouldMatchAnyOfSeveralETagsAndRefuseMalformedOnes() {
        editor().contentType("application/json").body(NOTE.json()).post(NOTE.path()).then().statusCode(201);
        editor().header("If-Match", "garbage").contentType("application/merge-patch+json").body("{\"title\":\"x\"}").patch(NOTE.item())
                .then().statusCode(412);
        editor().header("If-Match", "\"7\", \"0\"").contentType("application/merge-patch+json").body("{\"title\":\"x\"}")
                .patch(NOTE.item()).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void shouldRemoveOptionalFieldsWithANullInAMergePatch() {
        editor().contentType("application/json").body(NOTE.with("therapyCode", "\"HSCT\"")).post(NOTE.path()).then().statusCode(201)
                .body("therapy.code", is("HSCT"));
        editor().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"therapyCode\":null}")
                .patch(NOTE.item()).then().statusCode(200).body("therapy", is((Object) null));
        editor().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"title\":null}")
                .patch(NOTE.item()).then().statusCode(400).body("errors.field", is(java.util.List.of("title")));
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }
}
