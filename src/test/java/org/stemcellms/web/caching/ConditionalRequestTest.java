package org.stemcellms.web.caching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ETag;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;

/** Conditional requests at their edges (RFC 9110 section 13), and the ETag a write returns being the one a GET then returns. */
@QuarkusTest
class ConditionalRequestTest extends WithoutTestRecords {

    private static final String ITEM = "/api/v1/costs/hsct-mx-clinica-ruiz";

    @Test
    void shouldAnswer304ToIfNoneMatchStarOnAnExistingItemAnd404OnAnUnknownOne() {
        String etag = ETag.of(ITEM);
        given().header("If-None-Match", "*").get(ITEM).then().statusCode(304).header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "*").get("/api/v1/costs/zz-unknown").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer412ToAGetWhoseIfMatchIsNotCurrent() {
        String etag = ETag.of(ITEM);
        given().header("If-Match", "\"0.old\"").get(ITEM).then().statusCode(412).contentType("application/problem+json")
                .header("ETag", (String) null).body("status", is(412)).body("detail", containsString(etag));
        given().header("If-Match", "W/" + etag).get(ITEM).then().statusCode(412);
        given().header("If-Match", "\"0.old\", " + etag).get(ITEM).then().statusCode(200).header("ETag", etag);
        given().header("If-Match", "*").get(ITEM).then().statusCode(200);
        given().header("If-Match", "\"0.old\"").get("/api/v1/costs").then().statusCode(412);
        given().header("If-Match", "\"0.old\"").get("/api/v1/costs/zz-unknown").then().statusCode(404);
        // If-Match goes first: a current If-None-Match does not turn a failed If-Match into a 304
        given().header("If-Match", "\"0.old\"").header("If-None-Match", etag).get(ITEM).then().statusCode(412);
        given().header("If-Match", etag).header("If-None-Match", etag).get(ITEM).then().statusCode(304);
    }

    @TestFactory
    Stream<DynamicTest> shouldReturnFromEveryWriteTheETagTheNextGetReturns() {
        return WriteBodies.BY_COLLECTION.values().stream().map(body -> DynamicTest.dynamicTest(body.collection(), () -> {
            var created = given().header("Authorization", body.writer()).contentType("application/json").body(body.json())
                    .post(body.path()).then().statusCode(201).extract();
            String location = created.header("Location");
            assertEquals(given().get(location).then().statusCode(200).extract().header("ETag"), created.header("ETag"),
                    "POST " + body.path());
            // a token does not change the representation, nor its tag
            assertEquals(created.header("ETag"), given().header("Authorization", body.writer()).get(location).then().statusCode(200)
                    .extract().header("ETag"));
            // If-Match takes the record's short form as well as the whole tag
            String replaced = given().header("Authorization", body.writer()).header("If-Match", "\"" + ETag.item(created.header("ETag"))
                    + "\"").contentType("application/json").body(body.json()).put(body.item()).then().statusCode(200).extract()
                    .header("ETag");
            assertEquals(ETag.of(body.item()), replaced, "PUT " + body.item());
            if (body.textField() != null) {
                String patched = given().header("Authorization", body.writer()).header("If-Match", replaced)
                        .contentType("application/merge-patch+json").body("{\"" + body.textField() + "\":\"Changed for a test\"}")
                        .patch(body.item()).then().statusCode(200).extract().header("ETag");
                assertEquals(ETag.of(body.item()), patched, "PATCH " + body.item());
            }
        }));
    }

    @Test
    void shouldNotLinkTheLastPageOfAnEmptyList() {
        given().queryParam("q", "zzqqxxnothing").get("/api/v1/notes").then().statusCode(200).body("totalPages", is(0))
                .header("Link", containsString("rel=\"first\"")).header("Link", not(containsString("rel=\"last\"")));
        given().get("/api/v1/notes").then().statusCode(200).header("Link", containsString("rel=\"last\""));
    }

    @Test
    void shouldLetCrossOriginScriptsReadTheCsvFileName() {
        given().header("Origin", "https://partner.example").accept("text/csv").get("/api/v1/costs").then().statusCode(200)
                .header("Content-Disposition", containsString("costs.csv"))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
    }
}
