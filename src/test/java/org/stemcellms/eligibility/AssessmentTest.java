package org.stemcellms.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.LogCapture;
import org.stemcellms.testing.Tokens;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** "Could HSCT be for me?": the article's criteria applied to representative situations and to the boundaries. */
@QuarkusTest
class AssessmentTest extends WithoutTestRecords {

    private static final String PATH = "/api/v1/eligibility/assessments";

    /** A situation, the reading it must give, and the outcome expected of some criteria. */
    record Case(String name, String body, String reading, Map<String, String> outcomes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("RRMS, EDSS 3.0, 4 years, poor DMT response: typical",
                    "{\"msType\":\"RRMS\",\"edssScore\":3.0,\"yearsSinceDiagnosis\":4,\"dmtResponse\":\"POOR\"}", "TYPICAL_CANDIDATE",
                    Map.of("poor-dmt-response", "MET", "ms-under-10-years", "MET", "edss-under-6", "MET",
                            "rrms-high-activity", "UNKNOWN", "progressive-ms", "NOT_MET", "doing-well-on-dmts", "NOT_MET")),
            new Case("RRMS with relapses, EDSS 2, 2 years, poor response, no comorbidities: typical, everything known",
                    "{\"msType\":\"RRMS\",\"edssScore\":2,\"yearsSinceDiagnosis\":2,\"dmtResponse\":\"POOR\",\"recentActivity\":\"YES\","
                            + "\"comorbidities\":\"NO\"}", "TYPICAL_CANDIDATE",
                    Map.of("rrms-high-activity", "MET", "long-standing-disability-or-comorbidities", "UNKNOWN")),
            new Case("PPMS, EDSS 6.5, 15 years: not typical", "{\"msType\":\"PPMS\",\"edssScore\":6.5,\"yearsSinceDiagnosis\":15}",
                    "NOT_TYPICAL", Map.of("progressive-ms", "MET", "edss-under-6", "NOT_MET", "ms-under-10-years", "NOT_MET")),
            new Case("SPMS: not typical", "{\"msType\":\"SPMS\"}", "NOT_TYPICAL", Map.of("progressive-ms", "MET")),
            new Case("doing well on DMTs: not typical", "{\"msType\":\"RRMS\",\"dmtResponse\":\"GOOD\"}", "NOT_TYPICAL",
                    Map.of("doing-well-on-dmts", "MET", "poor-dmt-response", "NOT_MET")),
            new Case("comorbidities: not typical", "{\"comorbidities\":\"YES\"}", "NOT_TYPICAL",
                    Map.of("long-standing-disability-or-comorbidities", "MET")),
            new Case("all unknown: possible, every criterion unknown", "{}", "POSSIBLE_DISCUSS_WITH_SPECIALIST",
                    Map.of("rrms-high-activity", "UNKNOWN", "poor-dmt-response", "UNKNOWN", "ms-under-10-years", "UNKNOWN",
                            "edss-under-6", "UNKNOWN", "progressive-ms", "UNKNOWN", "long-standing-disability-or-comorbidities", "UNKNOWN",
                            "doing-well-on-dmts", "UNKNOWN")),
            new Case("UNKNOWN everywhere is the same as nothing", "{\"msType\":\"UNKNOWN\",\"dmtResponse\":\"UNKNOWN\","
                    + "\"recentActivity\":\"UNKNOWN\",\"comorbidities\":\"UNKNOWN\"}", "POSSIBLE_DISCUSS_WITH_SPECIALIST",
                    Map.of("progressive-ms", "UNKNOWN")),
            new Case("boundary: EDSS 6.0 is not under 6.0", "{\"msType\":\"RRMS\",\"edssScore\":6.0,\"yearsSinceDiagnosis\":4,"
                    + "\"dmtResponse\":\"POOR\"}", "POSSIBLE_DISCUSS_WITH_SPECIALIST", Map.of("edss-under-6", "NOT_MET")),
            new Case("boundary: EDSS 5.5 is", "{\"edssScore\":5.5}", "POSSIBLE_DISCUSS_WITH_SPECIALIST", Map.of("edss-under-6", "MET")),
            new Case("boundary: 10 years is not under 10", "{\"msType\":\"RRMS\",\"edssScore\":3,\"yearsSinceDiagnosis\":10,"
                    + "\"dmtResponse\":\"POOR\"}", "POSSIBLE_DISCUSS_WITH_SPECIALIST", Map.of("ms-under-10-years", "NOT_MET")),
            new Case("boundary: 9.9 years is", "{\"yearsSinceDiagnosis\":9.9}", "POSSIBLE_DISCUSS_WITH_SPECIALIST",
                    Map.of("ms-under-10-years", "MET")),
            new Case("CIS: not RRMS, not progressive", "{\"msType\":\"CIS\",\"recentActivity\":\"YES\"}", "POSSIBLE_DISCUSS_WITH_SPECIALIST",
                    Map.of("rrms-high-activity", "NOT_MET", "progressive-ms", "NOT_MET")),
            new Case("no DMT tried: neither poor nor good", "{\"dmtResponse\":\"NONE_TRIED\"}", "POSSIBLE_DISCUSS_WITH_SPECIALIST",
                    Map.of("poor-dmt-response", "NOT_MET", "doing-well-on-dmts", "NOT_MET")));

    @TestFactory
    Stream<DynamicTest> shouldReadEachSituationByTheWrittenRules() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            JsonPath answer = given().contentType("application/json").body(c.body()).post(PATH).then().statusCode(200)
                    .header("Cache-Control", containsString("no-store"))
                    .body("reading", is(c.reading()))
                    .body("criteria.size()", is(7))
                    .body("criteria.source.id", everyItem(is("article")))
                    .body("disclaimer", containsString("not medical advice"))
                    .body("rules.size()", is(5))
                    .extract().jsonPath();
            c.outcomes().forEach((id, outcome) -> assertEquals(outcome,
                    answer.getString("criteria.find { it.id == '" + id + "' }.outcome"), c.name() + ": " + id));
        }));
    }

    @Test
    void shouldPointProgressiveMsToClinicalTrialsWithLinks() {
        given().contentType("application/json").body("{\"msType\":\"PPMS\",\"edssScore\":6.5,\"yearsSinceDiagnosis\":15}").post(PATH)
                .then().statusCode(200)
                .body("routes.access", not(hasItem("TREATMENT_CENTRES")))
                .body("routes.find { it.therapy.code == 'HSCT' }.access", is("CLINICAL_TRIALS"))
                .body("routes.find { it.therapy.code == 'HSCT' }.why", is("Trials in progressive MS are ongoing."))
                .body("routes.find { it.therapy.code == 'HSCT' }.links", hasItem("/api/v1/clinics?accessModel=CLINICAL_TRIAL_SITE"))
                .body("routes.therapy.code", hasItem("MSC"));
        given().contentType("application/json").body("{\"msType\":\"RRMS\",\"edssScore\":3.0}").post(PATH).then().statusCode(200)
                .body("routes.access", hasItem("TREATMENT_CENTRES"))
                .body("routes.links.flatten()", hasItem("/api/v1/costs?therapy=HSCT"));
    }

    @Test
    void shouldNameEveryInvalidField() {
        given().contentType("application/json")
                .body("{\"msType\":\"RRMX\",\"edssScore\":11,\"yearsSinceDiagnosis\":-1,\"dmtResponse\":\"MAYBE\",\"recentActivity\":\"y\","
                        + "\"comorbidities\":\"perhaps\"}")
                .post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("msType", "edssScore", "yearsSinceDiagnosis", "dmtResponse", "recentActivity",
                        "comorbidities"));
        given().contentType("application/json").body("{\"edssScore\":3.25}").post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("edssScore"));
        // every unknown property and wrong type at once
        given().contentType("application/json").body("{\"weight\":40,\"edssScore\":\"3\",\"msType\":1}").post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("weight", "edssScore", "msType"));
        // a number too precise to be a score or a duration is refused before anything is done with it
        given().contentType("application/json").body("{\"yearsSinceDiagnosis\":1e-999999,\"edssScore\":1e-999999}").post(PATH).then()
                .statusCode(400).body("errors.field", containsInAnyOrder("yearsSinceDiagnosis", "edssScore"));
        given().contentType("application/json").body("{\"yearsSinceDiagnosis\":4.25}").post(PATH).then().statusCode(200);
    }

    @Test
    void shouldFollowTheCriteriaAsEditorsChangeThem() {
        String body = "{\"edssScore\":6.5}";
        given().contentType("application/json").body(body).post(PATH).then().statusCode(200)
                .body("criteria.find { it.id == 'edss-under-6' }.outcome", is("NOT_MET"));
        String path = "/api/v1/eligibility-criteria/edss-under-6";
        String admin = Tokens.bearer(Tokens.admin());
        var criterion = given().get(path).then().statusCode(200).extract();
        String conditions = "{\"conditions\":[{\"parameter\":\"EDSS_SCORE\",\"operator\":\"LESS_THAN\",\"threshold\":7.0,\"typical\":true}]}";
        String changed = given().header("Authorization", admin).header("If-Match", criterion.header("ETag"))
                .contentType("application/merge-patch+json").body(conditions).patch(path).then().statusCode(200).extract().header("ETag");
        try {
            given().contentType("application/json").body(body).post(PATH).then().statusCode(200)
                    .body("criteria.find { it.id == 'edss-under-6' }.outcome", is("MET"));
        } finally {
            given().header("Authorization", admin).header("If-Match", changed).contentType("application/merge-patch+json")
                    .body(conditions.replace("7.0", "6.0")).patch(path).then().statusCode(200);
        }
        given().contentType("application/json").body(body).post(PATH).then().statusCode(200)
                .body("criteria.find { it.id == 'edss-under-6' }.outcome", is("NOT_MET"));
    }

    @Test
    void shouldStoreAndLogNothingOfTheRequest() {
        String before = database.fingerprint();
        long changes = database.count("select count(*) from change_log");
        // a distinctive situation: 7.5 EDSS and 37.5 years appear nowhere else
        String body = "{\"msType\":\"SPMS\",\"edssScore\":7.5,\"yearsSinceDiagnosis\":37.5,\"dmtResponse\":\"NONE_TRIED\","
                + "\"recentActivity\":\"NO\",\"comorbidities\":\"YES\"}";
        List<String> lines;
        try (var logs = LogCapture.of("")) {
            given().contentType("application/json").body(body).post(PATH).then().statusCode(200);
            given().contentType("application/json").body("{\"edssScore\":37.5}").post(PATH).then().statusCode(400);
            lines = logs.records().stream().map(record -> record.getFormattedMessage() + " " + record.getMdcCopy()).toList();
        }
        assertEquals(before, database.fingerprint(), "no table changed");
        assertEquals(changes, database.count("select count(*) from change_log"), "nothing in the audit trail");
        assertFalse(lines.stream().anyMatch(line -> line.contains("37.5") || line.contains("SPMS") || line.contains("NONE_TRIED")),
                "no log line holds the request: " + lines);
        given().get("/q/metrics").then().body(not(containsString("37.5"))).body(not(containsString("SPMS")));
        // and the same capture does see what the service logs: a write leaves its line
        try (var logs = LogCapture.of("")) {
            Requests.asEditor().contentType("application/json")
                    .body(WriteBodies.BY_COLLECTION.get("notes").json()).post("/api/v1/notes").then().statusCode(201);
            assertTrue(logs.lines().stream().anyMatch(line -> line.contains("CREATE notes/zz-test-note")), "capture works: " + logs.lines());
        }
    }
}
