package org.stemcellms.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The self-check as a server-rendered form that works without JavaScript. */
@QuarkusTest
class CheckPageTest {

    @Test
    void shouldOfferAFormWithoutScripts() {
        given().get("/check").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<form method=\"post\" action=\"/check#result\">"))
                .body(containsString("name=\"edssScore\""))
                .body(containsString("Not medical advice"))
                .body(not(containsString("<script")));
        given().get("/").then().body(containsString("/check"));
    }

    @Test
    void shouldAcceptTheFormFromABrowserOnTheSameOrAnotherOrigin() {
        // browsers send Origin on every POST, same-origin form submissions included
        for (String origin : new String[] { "http://localhost:" + io.restassured.RestAssured.port, "https://partner.example" }) {
            given().header("Origin", origin).contentType("application/x-www-form-urlencoded").formParam("msType", "RRMS")
                    .post("/check").then().statusCode(200).body(containsString("Reading:"));
        }
        given().header("Origin", "https://partner.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").options("/api/v1/eligibility/assessments").then()
                .statusCode(204).header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://partner.example").contentType("application/json").body("{}")
                .post("/api/v1/eligibility/assessments").then().statusCode(200).header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void shouldAnswerTheFormWithTheSameReading() {
        given().contentType("application/x-www-form-urlencoded").formParam("msType", "PPMS").formParam("edssScore", "6.5")
                .formParam("yearsSinceDiagnosis", "15").formParam("dmtResponse", "").formParam("recentActivity", "")
                .formParam("comorbidities", "").post("/check").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("Not a typical candidate"))
                .body(containsString("Trials in progressive MS are ongoing."))
                .body(containsString("selected>Primary progressive"));
        given().contentType("application/x-www-form-urlencoded").formParam("edssScore", "3.25").post("/check").then().statusCode(400)
                .body(containsString("EDSS score</a>: must be from 0 to 10 in steps of 0.5"));
    }
}
