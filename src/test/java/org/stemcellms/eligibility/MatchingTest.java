package org.stemcellms.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * "Which centres and trials might accept me?", checked against the data whatever it holds: every centre that publishes
 * criteria and every open trial is answered, each criterion cites the sources the record cites for it, and the fit follows
 * from the outcomes.
 */
@QuarkusTest
class MatchingTest {

    private static final String SITUATION = "{\"msType\":\"RRMS\",\"edssScore\":4.0,\"age\":40,\"yearsSinceDiagnosis\":3}";
    private static final Set<String> OPEN = Set.of("RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION");
    private static final Map<String, List<String>> FIELDS = Map.of("MS_TYPE", List.of("msTypes"), "EDSS_SCORE", List.of("edssMin", "edssMax"),
            "AGE", List.of("ageMin", "ageMax"), "YEARS_SINCE_DIAGNOSIS", List.of("maxYearsSinceDiagnosis"));

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(String path) {
        return given().queryParam("size", 100).get(path).then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static boolean publishes(Map<String, Object> record) {
        return !((List<?>) record.get("msTypes")).isEmpty() || record.get("edssMin") != null || record.get("edssMax") != null
                || record.get("ageMin") != null || record.get("ageMax") != null || record.get("maxYearsSinceDiagnosis") != null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAnswerEveryCentreWithCriteriaAndEveryOpenTrialWithCitedCriteria() {
        var answer = given().contentType("application/json").body(SITUATION).post("/api/v1/eligibility/assessments").then().statusCode(200)
                .extract().jsonPath();
        var clinics = items("/api/v1/clinics");
        var trials = items("/api/v1/trials");
        Set<String> expectedCentres = new TreeSet<>(clinics.stream().filter(MatchingTest::publishes).map(c -> (String) c.get("id")).toList());
        Set<String> expectedTrials = new TreeSet<>(trials.stream().filter(t -> t.get("status") != null && OPEN.contains(t.get("status"))).map(t -> (String) t.get("id")).toList());
        assertFalse(expectedCentres.isEmpty());
        assertFalse(expectedTrials.isEmpty(), "no open trial in the data");
        assertEquals(expectedCentres, new TreeSet<>(answer.getList("centres.centre.id", String.class)));
        assertEquals(expectedTrials, new TreeSet<>(answer.getList("trials.trial.id", String.class)));

        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> matches = new ArrayList<>();
        matches.addAll(answer.getList("centres"));
        matches.addAll(answer.getList("trials"));
        List<String> order = List.of("MEETS", "UNKNOWN", "DOES_NOT_MEET");
        int last = 0;
        for (var match : answer.getList("centres", Map.class)) {
            int rank = order.indexOf(match.get("fit"));
            if (rank < last) {
                problems.add("centres not ordered by fit at " + match.get("link"));
            }
            last = rank;
        }
        for (var match : matches) {
            String link = (String) match.get("link");
            Map<String, Object> record = given().get(link).then().statusCode(200).extract().jsonPath().getMap("$");
            Map<String, List<String>> citations = (Map<String, List<String>>) record.get("citations");
            List<Map<String, Object>> checks = (List<Map<String, Object>>) match.get("criteria");
            for (var check : checks) {
                Set<String> cited = new TreeSet<>();
                FIELDS.get(check.get("criterion")).forEach(f -> cited.addAll(citations.getOrDefault(f, List.of())));
                List<String> given = ((List<Map<String, Object>>) check.get("sources")).stream().map(s -> (String) s.get("id")).toList();
                if (given.isEmpty() || !cited.containsAll(given)) {
                    problems.add(link + " " + check.get("criterion") + " cites " + given + ", the record " + cited);
                }
            }
            List<Object> outcomes = checks.stream().map(c -> c.get("outcome")).toList();
            String fit = outcomes.contains("NOT_MET") ? "DOES_NOT_MEET" : outcomes.isEmpty() || outcomes.contains("UNKNOWN") ? "UNKNOWN" : "MEETS";
            if (!fit.equals(match.get("fit"))) {
                problems.add(link + " fit " + match.get("fit") + " but its outcomes " + outcomes);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void shouldTellUnknownFromNotMetAndRefuseAFractionalAge() {
        var answer = given().contentType("application/json").body("{}").post("/api/v1/eligibility/assessments").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(answer.getList("centres.criteria.flatten().outcome", String.class).stream().allMatch("UNKNOWN"::equals),
                "nothing given, nothing known");
        given().contentType("application/json").body("{\"age\":40.5}").post("/api/v1/eligibility/assessments").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("age"));
    }

    @Test
    void shouldShowCentresAndTrialsOnTheCheckPage() {
        given().contentType("application/x-www-form-urlencoded").formParam("msType", "RRMS").formParam("edssScore", "4")
                .formParam("age", "40").formParam("yearsSinceDiagnosis", "3").post("/check").then().statusCode(200)
                .body(containsString("Centres whose published criteria you might meet"))
                .body(containsString("Open trials whose published criteria you might meet"))
                .body(containsString("Meets the published criteria"))
                .body(containsString("name=\"age\""));
    }
}
