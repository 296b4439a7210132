package org.stemcellms.study;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The article's claims beside the primary publications: every claim shows its verdict, its note and the primary figures,
 * and a study shows both what its own publication reports and what is claimed about it.
 */
@QuarkusTest
class ClaimTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(String path) {
        return given().queryParam("size", 100).get(path).then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldShowEveryClaimBesideItsEvidenceAndOnItsStudy() {
        List<String> problems = new ArrayList<>();
        for (var claim : items("/api/v1/claims")) {
            String id = (String) claim.get("id");
            for (var evidence : (List<Map<String, Object>>) claim.get("evidence")) {
                if (((List<?>) evidence.get("findings")).isEmpty()) {
                    problems.add(id + ": evidence " + ((Map<String, Object>) evidence.get("study")).get("id") + " reports no finding");
                }
            }
            if (claim.get("studyId") != null) {
                JsonPath study = given().get("/api/v1/studies/" + claim.get("studyId")).then().statusCode(200).extract().jsonPath();
                Map<String, Object> summary = study.getMap("claims.find { it.id == '" + id + "' }");
                if (summary == null || !claim.get("verdict").equals(summary.get("verdict")) || !claim.get("note").equals(summary.get("note"))) {
                    problems.add(id + " is not shown as it is on its study " + claim.get("studyId"));
                }
            }
            if (!"SUPPORTED".equals(claim.get("verdict")) && ((String) claim.get("note")).isBlank()) {
                problems.add(id + " has no note on the discrepancy");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void shouldSetMistsOwnFiguresBesideTheArticles69Percent() {
        JsonPath mist = given().get("/api/v1/studies/mist").then().statusCode(200).extract().jsonPath();
        assertFalse(mist.getList("findings").isEmpty(), "MIST's own findings");
        assertFalse(mist.getList("citations.findings", String.class).contains("article"), "MIST's findings come from its publication");
        assertFalse(mist.getList("findings.value.min").stream().anyMatch(v -> v != null && Double.parseDouble(v.toString()) == 69),
                "the paper reports no 69%");
        assertEquals((Object) null, mist.get("limitations"), "the article's general caveat is not a limitation of MIST");
        given().get("/api/v1/studies/mist").then().body("claims.find { it.statement.contains('69%') }.verdict", is("NOT_IN_PRIMARY_SOURCE"))
                .body("claims.find { it.statement.contains('69%') }.sourceId", is("article"));
        given().queryParam("study", "mist").queryParam("verdict", "NOT_IN_PRIMARY_SOURCE").get("/api/v1/claims").then().statusCode(200)
                .body("items.evidence.flatten().study.id", hasItem("mist"));
    }

    @Test
    void shouldSetTheArticlesMortalityBesideThePooledFigure() {
        given().queryParam("risk", "mortality").get("/api/v1/claims").then().statusCode(200)
                .body("items[0].verdict", is("DIFFERS_FROM_PRIMARY_SOURCE"))
                .body("items[0].evidence.flatten().findings.flatten().findAll { it.outcome == 'TRANSPLANT_RELATED_MORTALITY' }.confidenceInterval",
                        not(org.hamcrest.Matchers.empty()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldHoldAtLeastEightFindingsFromPrimaryPublications() {
        Map<String, String> kinds = new java.util.HashMap<>();
        items("/api/v1/sources").forEach(s -> kinds.put((String) s.get("id"), (String) s.get("kind")));
        int primary = 0;
        for (var study : items("/api/v1/studies")) {
            List<String> cited = ((Map<String, List<String>>) study.get("citations")).getOrDefault("findings", List.of());
            if (!cited.isEmpty() && cited.stream().allMatch(id -> "JOURNAL_ARTICLE".equals(kinds.get(id)))) {
                primary += ((List<?>) study.get("findings")).size();
            }
        }
        assertTrue(primary >= 8, primary + " findings cited only to journal pages");
    }

    @Test
    void shouldMarkEveryFavourableCriterionTypicalAndNotCallMscUnapproved() {
        given().queryParam("kind", "FAVOURABLE").queryParam("therapy", "HSCT").get("/api/v1/eligibility-criteria").then().statusCode(200)
                .body("items.conditions.flatten().typical", org.hamcrest.Matchers.everyItem(is(true)));
        given().get("/api/v1/therapies/MSC").then().statusCode(200).body("fdaApproved", is((Object) null))
                .body("regulatoryNote", is("Most treatments are experimental and not FDA-approved."));
    }
}
