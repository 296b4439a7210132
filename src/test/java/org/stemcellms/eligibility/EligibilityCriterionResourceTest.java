package org.stemcellms.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Json;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EligibilityCriterionResourceTest {

    @Test
    void shouldListFavourableThenUnfavourableCriteriaInTheArticlesOrder() {
        given().get("/api/v1/eligibility-criteria").then().statusCode(200)
                .body("items.id", contains("rrms-high-activity", "poor-dmt-response", "ms-under-10-years", "edss-under-6",
                        "progressive-ms", "long-standing-disability-or-comorbidities", "doing-well-on-dmts"))
                .body("items.kind", contains("FAVOURABLE", "FAVOURABLE", "FAVOURABLE", "FAVOURABLE", "UNFAVOURABLE", "UNFAVOURABLE",
                        "UNFAVOURABLE"));
    }

    @Test
    void shouldBoundEdssBelowSixUsually() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/eligibility-criteria/edss-under-6").then().statusCode(200)
                .body("conditions[0].parameter", is("EDSS_SCORE"))
                .body("conditions[0].operator", is("LESS_THAN"))
                .body("conditions[0].threshold", comparesEqualTo(new BigDecimal("6.0")))
                .body("conditions[0].typical", is(true));
    }

    @Test
    void shouldBoundDiseaseDurationBelowTenYears() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/eligibility-criteria/ms-under-10-years").then().statusCode(200)
                .body("conditions[0].parameter", is("YEARS_SINCE_DIAGNOSIS"))
                .body("conditions[0].threshold", comparesEqualTo(BigDecimal.TEN))
                // the article's best candidates "typically" meet each favourable criterion
                .body("conditions[0].typical", is(true));
    }

    @Test
    void shouldRequireRrmsWithHighActivity() {
        given().get("/api/v1/eligibility-criteria/rrms-high-activity").then().statusCode(200)
                .body("match", is("ALL"))
                .body("conditions.parameter", contains("MS_TYPE", "DISEASE_ACTIVITY"))
                .body("conditions[0].values", contains("RRMS"))
                .body("conditions[1].values", contains("HIGH"))
                .body("conditions[0].threshold", nullValue());
    }

    @Test
    void shouldMarkProgressiveMsUnfavourableWithTrialsOngoing() {
        given().get("/api/v1/eligibility-criteria/progressive-ms").then().statusCode(200)
                .body("kind", is("UNFAVOURABLE"))
                .body("conditions[0].values", contains("PPMS", "SPMS"))
                .body("note", is("Trials in progressive MS are ongoing."));
    }

    @Test
    void shouldCombineDisabilityOrComorbiditiesWithAny() {
        given().get("/api/v1/eligibility-criteria/long-standing-disability-or-comorbidities").then().statusCode(200)
                .body("match", is("ANY"))
                .body("conditions.parameter", contains("LONG_STANDING_DISABILITY", "COMORBIDITIES"));
        given().get("/api/v1/eligibility-criteria/doing-well-on-dmts").then().statusCode(200)
                .body("conditions[0].parameter", is("DMT_RESPONSE"))
                .body("conditions[0].values", contains("GOOD"));
        given().get("/api/v1/eligibility-criteria/poor-dmt-response").then().statusCode(200)
                .body("conditions[0].values", contains("POOR"));
    }

    @Test
    void shouldFilterByKindAndText() {
        given().queryParam("kind", "UNFAVOURABLE").get("/api/v1/eligibility-criteria").then().statusCode(200)
                .body("items.position", contains(1, 2, 3));
        given().queryParam("q", "EDSS").get("/api/v1/eligibility-criteria").then().statusCode(200)
                .body("items.id", contains("edss-under-6"));
    }
}
