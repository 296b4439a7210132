package org.stemcellms.web.caching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Json;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.Tokens;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Strong ETags and Cache-Control on every public GET, 304 for a current ETag, and new ETags the moment anything is written. */
@QuarkusTest
class HttpCachingTest extends WithoutTestRecords {

    /** JSON, CSV, the widget page and its script, an item, a converted list, the summary, the landing page. */
    private static final List<String> PUBLIC_READS = List.of("/api/v1/costs?therapy=HSCT", "/api/v1/costs?format=csv",
            "/api/v1/costs/hsct-in", "/api/v1/costs?currency=EUR", "/api/v1/costs/summary?currency=EUR", "/api/v1/clinics?country=MX",
            "/embed/costs?currency=EUR", "/embed/widget.js", "/", "/api/v1");

    @Test
    void shouldSendAStrongETagAndPublicCacheControlOnEveryPublicRead() {
        for (String path : PUBLIC_READS) {
            Response response = given().get(path).then().statusCode(200)
                    .header("ETag", matchesPattern("\"[^\"]+\""))
                    .header("Cache-Control", is("public, max-age=60"))
                    .extract().response();
            // Vary may come as one field or several (RFC 9110 5.3): what counts is the set of names
            assertEquals(Set.of("Accept", "Origin"), response.headers().getValues("Vary").stream()
                    .flatMap(value -> Arrays.stream(value.split("\\s*,\\s*"))).collect(Collectors.toSet()), path);
            given().header("If-None-Match", response.header("ETag")).get(path).then().statusCode(304)
                    .header("ETag", response.header("ETag"))
                    .body(emptyString());
            given().header("If-None-Match", "\"something-else\", " + response.header("ETag")).get(path).then().statusCode(304);
            given().header("If-None-Match", "W/" + response.header("ETag")).get(path).then().statusCode(304);
            given().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldTagEachRepresentationOnItsOwn() {
        String json = given().get("/api/v1/costs").header("ETag");
        String csv = given().accept("text/csv").get("/api/v1/costs").header("ETag");
        String eur = given().get("/api/v1/costs?currency=EUR").header("ETag");
        String page2 = given().get("/api/v1/costs?size=2&page=2").header("ETag");
        assertNotEquals(json, csv);
        assertNotEquals(json, eur);
        assertNotEquals(json, page2);
        given().accept("text/csv").header("If-None-Match", json).get("/api/v1/costs").then().statusCode(200);
    }

    @Test
    void shouldGiveNewETagsRightAfterAWrite() {
        var note = WriteBodies.BY_COLLECTION.get("notes");
        String list = given().get("/api/v1/notes").header("ETag");
        String other = given().get("/api/v1/countries").header("ETag");
        given().header("Authorization", note.writer()).contentType("application/json").body(note.json()).post(note.path()).then()
                .statusCode(201);
        // a cache revalidating with the old tag gets the new list, with the new note in it
        given().header("If-None-Match", list).get("/api/v1/notes").then().statusCode(200)
                .header("ETag", not(list))
                .body("items.id", org.hamcrest.Matchers.hasItem(note.id()));
        // every representation is revalidated after a write: correctness before cleverness
        given().header("If-None-Match", other).get("/api/v1/countries").then().statusCode(200);
    }

    @Test
    void shouldConvertWithANewRateAtOnceAfterAnAdminChangesIt() {
        String path = "/api/v1/costs/hsct-in?currency=EUR";
        String before = given().get(path).header("ETag");
        String rate = given().get("/api/v1/exchange-rates/USD").header("ETag");
        String admin = Tokens.bearer(Tokens.admin());
        String changed = given().header("Authorization", admin).header("If-Match", rate).contentType("application/merge-patch+json")
                .body("{\"unitsPerEur\":1.25}").patch("/api/v1/exchange-rates/USD").then().statusCode(200).extract().header("ETag");
        try {
            given().config(Json.EXACT_DECIMALS).header("If-None-Match", before).get(path).then().statusCode(200)
                    .body("converted.min", comparesEqualTo(new BigDecimal("20000.00")));
        } finally {
            given().header("Authorization", admin).header("If-Match", changed).contentType("application/merge-patch+json")
                    .body("{\"unitsPerEur\":1.1155}").patch("/api/v1/exchange-rates/USD").then().statusCode(200);
        }
        given().config(Json.EXACT_DECIMALS).get(path).then().body("converted.min", comparesEqualTo(new BigDecimal("22411.47")));
    }

    @Test
    void shouldKeepEditorOnlyAndErrorResponsesOutOfCaches() {
        Requests.asEditor().get("/api/v1/changes").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("ETag", nullValue());
        // a public resource asked for with a token may be personalised: never stored by a shared cache
        Requests.asEditor().get("/api/v1/costs").then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        given().get("/api/v1/costs/zz-unknown").then().statusCode(404).header("Cache-Control", "no-store");
        given().get("/api/v1/costs?currency=RUB").then().statusCode(400).header("Cache-Control", "no-store");
    }
}
