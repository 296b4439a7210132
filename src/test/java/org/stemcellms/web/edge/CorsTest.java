package org.stemcellms.web.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Cross-origin use from browsers: public reads from anywhere without credentials, writes only from the
 * configured origins (the test profile allows https://editor.example), preflights cached for a day.
 */
@QuarkusTest
class CorsTest extends WithoutTestRecords {

    private static final String PARTNER = "https://partner.example";
    private static final String EDITOR_SITE = "https://editor.example";

    @Test
    void shouldLetAnyOriginReadWithoutCredentials() {
        given().header("Origin", PARTNER).get("/api/v1/costs?currency=EUR").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", "Content-Disposition, ETag, Link, Location, Retry-After, RateLimit, RateLimit-Policy, X-Request-Id");
        given().header("Origin", PARTNER).accept("text/csv").get("/api/v1/clinics").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        // errors too, so that a script can read the problem
        given().header("Origin", PARTNER).get("/api/v1/costs?currency=RUB").then().statusCode(400)
                .header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void shouldAnswerAndCacheAReadPreflightFromAnyOrigin() {
        given().header("Origin", PARTNER).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/costs").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD")
                .header("Access-Control-Allow-Headers", "if-none-match")
                .header("Access-Control-Max-Age", "86400");
    }

    @Test
    void shouldRefuseWritesFromOriginsNotInTheAllowList() {
        var note = WriteBodies.BY_COLLECTION.get("notes");
        given().header("Origin", PARTNER).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/api/v1/notes").then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .body("detail", containsString(PARTNER));
        String before = database.fingerprint();
        given().header("Origin", PARTNER).header("Authorization", note.writer()).contentType("application/json").body(note.json())
                .post(note.path()).then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        assertEquals(before, database.fingerprint());
    }

    @Test
    void shouldAllowWritesFromTheConfiguredOrigins() {
        given().header("Origin", EDITOR_SITE).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .options("/api/v1/notes/zz-test-note").then().statusCode(204)
                .header("Access-Control-Allow-Origin", EDITOR_SITE)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Max-Age", "86400")
                .header("Vary", containsString("Origin"));
        var note = WriteBodies.BY_COLLECTION.get("notes");
        given().header("Origin", EDITOR_SITE).header("Authorization", note.writer()).contentType("application/json").body(note.json())
                .post(note.path()).then().statusCode(201)
                .header("Access-Control-Allow-Origin", EDITOR_SITE)
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", EDITOR_SITE).get("/api/v1/notes/" + note.id()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("*"));
    }
}
