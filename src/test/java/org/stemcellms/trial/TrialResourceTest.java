package org.stemcellms.trial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Registered trials, checked against the data whatever it holds: every registry number finds its trial, every filter
 * returns exactly the trials that match, the status is the newest dated report, and publications and sites link up.
 */
@QuarkusTest
class TrialResourceTest extends WithoutTestRecords {

    private static final String PATH = "/api/v1/trials";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> all() {
        return given().queryParam("size", 100).get(PATH).then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<String> ids(Map<String, ?> query) {
        return given().queryParams(query).queryParam("size", 100).get(PATH).then().statusCode(200).extract().jsonPath()
                .getList("items.id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> trial, String field) {
        return (List<Map<String, Object>>) trial.get(field);
    }

    @Test
    void shouldHoldAtLeastTenRegisteredTrials() {
        long registered = all().stream().filter(t -> !list(t, "identifiers").isEmpty()).count();
        assertTrue(registered >= 10, registered + " trials with a registry number");
    }

    @Test
    void shouldFindBeatMsByItsRegistryNumberInAnyCase() {
        given().get(PATH + "/NCT04047628").then().statusCode(200).body("identifiers.value", hasItem("NCT04047628"))
                .body("acronym", is("BEAT-MS"));
        given().get(PATH + "/nct04047628").then().statusCode(200).body("acronym", is("BEAT-MS"));
        assertEquals(1, ids(Map.of("registryId", "NCT04047628")).size());
        given().get(PATH + "/NCT00000000").then().statusCode(404).body("detail", containsString("registry number"));
    }

    @Test
    void shouldFindEveryTrialByEachOfItsRegistryNumbers() {
        for (var trial : all()) {
            for (var identifier : list(trial, "identifiers")) {
                String value = (String) identifier.get("value");
                given().get(PATH + "/" + value).then().statusCode(200).body("id", is(trial.get("id")));
                assertEquals(List.of(trial.get("id")), ids(Map.of("registryId", value)), value);
            }
        }
    }

    @Test
    void shouldFilterByStatusPhaseCountryAndTherapyExactly() {
        var trials = all();
        check(trials, "status", t -> t.get("status"), (t, v) -> v.equals(t.get("status")));
        check(trials, "phase", t -> t.get("phase"), (t, v) -> v.equals(t.get("phase")));
        check(trials, "therapy", t -> t.get("therapyCode"), (t, v) -> v.equals(t.get("therapyCode")));
        Set<String> countries = new TreeSet<>();
        trials.forEach(t -> countries.addAll(strings(t.get("countryCodes"))));
        assertTrue(countries.size() >= 2, "countries of recruitment: " + countries);
        for (String country : countries) {
            assertEquals(sorted(trials.stream().filter(t -> strings(t.get("countryCodes")).contains(country))),
                    new TreeSet<>(ids(Map.of("country", country))), "country=" + country);
        }
        given().queryParam("status", "RECRUITNG").get(PATH).then().statusCode(400).body("errors[0].field", is("status"));
    }

    private static void check(List<Map<String, Object>> trials, String parameter, Function<Map<String, Object>, Object> field,
            java.util.function.BiPredicate<Map<String, Object>, Object> matches) {
        Set<Object> values = trials.stream().map(field).filter(Objects::nonNull).collect(Collectors.toSet());
        assertTrue(values.size() >= 2, parameter + " takes too few values in the data to test: " + values);
        for (Object value : values) {
            assertEquals(sorted(trials.stream().filter(t -> matches.test(t, value))),
                    new TreeSet<>(ids(Map.of(parameter, value))), parameter + "=" + value);
        }
    }

    private static TreeSet<String> sorted(java.util.stream.Stream<Map<String, Object>> trials) {
        return trials.map(t -> (String) t.get("id")).collect(Collectors.toCollection(TreeSet::new));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    @Test
    void shouldTakeTheStatusOfTheNewestDatedReport() {
        for (var trial : all()) {
            var reports = list(trial, "statusReports");
            if (reports.isEmpty()) {
                assertEquals(null, trial.get("status"), trial.get("id") + " has no reports");
                continue;
            }
            var newest = reports.stream().filter(r -> r.get("asOf") != null)
                    .max(Comparator.comparing(r -> LocalDate.parse((String) r.get("asOf")))).orElse(reports.get(0));
            assertEquals(newest.get("status"), trial.get("status"), trial.get("id") + ": " + reports);
            assertEquals(newest.get("asOf"), trial.get("statusAsOf"), (String) trial.get("id"));
        }
    }

    @Test
    void shouldLinkPublicationsAndSitesBothWays() {
        var trials = all();
        List<Map<String, Object>> studies = given().queryParam("size", 100).get("/api/v1/studies").then().statusCode(200).extract()
                .jsonPath().getList("items");
        List<String> problems = new ArrayList<>();
        for (var study : studies) {
            Object trialId = study.get("trialId");
            if (trialId != null) {
                var trial = trials.stream().filter(t -> t.get("id").equals(trialId)).findFirst().orElseThrow();
                if (list(trial, "publications").stream().noneMatch(p -> p.get("id").equals(study.get("id")))) {
                    problems.add(trialId + " does not list " + study.get("id"));
                }
            }
        }
        for (var trial : trials) {
            for (var site : list(trial, "sites")) {
                if (site.get("clinicId") != null) {
                    given().get("/api/v1/clinics/" + site.get("clinicId")).then().statusCode(200);
                }
            }
            for (var publication : list(trial, "publications")) {
                given().get("/api/v1/studies/" + publication.get("id")).then().statusCode(200).body("trialId", is(trial.get("id")));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(trials.stream().anyMatch(t -> !list(t, "publications").isEmpty()), "no trial has a publication");
    }

    @Test
    void shouldKeepARegistryNumberToOneTrialAndCheckItsFormat() {
        var body = WriteBodies.BY_COLLECTION.get("trials");
        String taken = body.with("identifiers", "[{\"registry\":\"NCT\",\"value\":\"NCT04047628\"}]");
        given().header("Authorization", body.writer()).contentType("application/json").body(taken).post(PATH).then().statusCode(409)
                .body("detail", containsString("NCT04047628"));
        String malformed = body.with("identifiers", "[{\"registry\":\"NCT\",\"value\":\"NCT123\"}]");
        given().header("Authorization", body.writer()).contentType("application/json").body(malformed).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("identifiers[0].value"));
        String twice = body.with("identifiers", "[{\"registry\":\"NCT\",\"value\":\"NCT99999991\"},{\"registry\":\"NCT\",\"value\":\"NCT99999991\"}]");
        given().header("Authorization", body.writer()).contentType("application/json").body(twice).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("identifiers[1]"));
    }

    @Test
    void shouldDeriveTheStatusOnWriteAndRefuseToDeleteAReportedTrial() {
        var body = WriteBodies.BY_COLLECTION.get("trials");
        String reports = body.with("statusReports", "[{\"status\":\"COMPLETED\",\"asOf\":\"2020-01-01\",\"sourceId\":\"article\"},"
                + "{\"status\":\"TERMINATED\",\"sourceId\":\"article\"},{\"status\":\"RECRUITING\",\"asOf\":\"2024-05-01\",\"sourceId\":\"article\"}]");
        given().header("Authorization", body.writer()).contentType("application/json").body(reports).post(PATH).then().statusCode(201)
                .body("status", is("RECRUITING")).body("statusAsOf", is("2024-05-01"));
        given().get(PATH + "/NCT99999990").then().statusCode(200).body("id", is("zz-test-trial"));
        var reported = all().stream().filter(t -> !list(t, "publications").isEmpty()).findFirst().orElseThrow();
        String etag = given().get(PATH + "/" + reported.get("id")).then().statusCode(200).extract().header("ETag");
        Requests.asEditor().header("If-Match", etag).delete(PATH + "/" + reported.get("id"))
                .then().statusCode(409).body("detail", containsString("studies"));
    }

}
