package org.stemcellms.study;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Json;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StudyResourceTest {

    @Test
    void shouldListStudiesByYearWithUndatedOnesLast() {
        for (String sort : List.of("year", "-year")) {
            List<Integer> years = given().queryParam("sort", sort).queryParam("size", 100).get("/api/v1/studies").then().statusCode(200)
                    .extract().jsonPath().getList("items.year", Integer.class);
            int firstUndated = years.indexOf(null);
            List<Integer> dated = firstUndated < 0 ? years : years.subList(0, firstUndated);
            assertTrue(firstUndated < 0 || years.subList(firstUndated, years.size()).stream().allMatch(java.util.Objects::isNull),
                    "undated last: " + years);
            List<Integer> ordered = new ArrayList<>(dated);
            ordered.sort(sort.equals("year") ? Comparator.naturalOrder() : Comparator.reverseOrder());
            assertEquals(ordered, dated, sort);
        }
    }

    @Test
    void shouldDescribeTheMistTrialFromItsPublication() {
        given().get("/api/v1/studies/mist").then().statusCode(200)
                .body("shortName", is("MIST"))
                .body("kind", is("CLINICAL_TRIAL"))
                .body("authors", startsWith("Burt RK"))
                .body("year", is(2019))
                .body("journal", is("JAMA"))
                .body("therapy.code", is("HSCT"))
                .body("publication.id", is("burt-2019-jama"))
                .body("source.id", is("burt-2019-jama"))
                .body("trialId", is("mist"))
                .body("limitations", nullValue());
    }

    @Test
    void shouldGiveMistsOwnFindingsWithTheirNumbers() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/studies/mist").then().statusCode(200)
                .body("findings.outcome", contains("DISEASE_PROGRESSION", "DISEASE_PROGRESSION"))
                .body("findings[0].value.min", comparesEqualTo(new BigDecimal("3")))
                .body("findings[0].value.unit", is("PATIENTS"))
                .body("findings[0].comparatorValue", comparesEqualTo(new BigDecimal("34")))
                .body("findings[0].patients", is(110))
                .body("findings[0].followUpYears", comparesEqualTo(new BigDecimal("2")))
                .body("findings[0].followUpMeasure", is("MEDIAN"))
                .body("findings[1].value.min", comparesEqualTo(new BigDecimal("0.07")))
                .body("findings[1].value.unit", is("HAZARD_RATIO"));
    }

    @Test
    void shouldGiveThePooledFindingsOfOtherStudies() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/studies/other-studies").then().statusCode(200)
                .body("kind", is("EVIDENCE_SUMMARY"))
                .body("year", nullValue())
                .body("findings.outcome", contains("PROGRESSION_SLOWED_OR_HALTED", "QUALITY_OF_LIFE_AND_FATIGUE", "LONG_TERM_REMISSION"))
                .body("findings[0].value.min", comparesEqualTo(new BigDecimal("60")))
                .body("findings[0].value.max", comparesEqualTo(new BigDecimal("80")))
                .body("findings[0].value.approximate", is(true))
                .body("findings[0].population", is("RRMS cases"))
                .body("findings[2].value.min", comparesEqualTo(BigDecimal.TEN))
                .body("findings[2].value.max", nullValue())
                .body("findings[2].value.unit", is("YEARS"))
                .body("findings[2].value.openEnded", is(true));
    }

    @Test
    void shouldGiveAtkins2016ItsTrialAndItsFindingWithTheConfidenceInterval() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/studies/atkins-2016").then().statusCode(200)
                .body("authors", is("Atkins HL, et al."))
                .body("year", is(2016))
                .body("journal", is("Lancet"))
                .body("publication.id", is("atkins-2016-lancet"))
                .body("trialId", is("ms-bmt-canada"))
                .body("findings[0].value.min", comparesEqualTo(new BigDecimal("69.6")))
                .body("findings[0].confidenceInterval.low", comparesEqualTo(new BigDecimal("46.6")))
                .body("findings[0].confidenceInterval.high", comparesEqualTo(new BigDecimal("84.2")))
                .body("findings[0].confidenceInterval.level", comparesEqualTo(new BigDecimal("95")))
                .body("findings[0].followUpMeasure", is("AT"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldFilterByYearKindTherapyAndTextExactly() {
        List<Map<String, Object>> studies = given().queryParam("size", 100).get("/api/v1/studies").then().statusCode(200).extract()
                .jsonPath().getList("items");
        for (String field : List.of("year", "kind", "therapyCode")) {
            String parameter = field.equals("therapyCode") ? "therapy" : field;
            for (Object value : studies.stream().map(st -> st.get(field)).filter(java.util.Objects::nonNull).distinct().toList()) {
                List<String> expected = studies.stream().filter(st -> value.equals(st.get(field))).map(st -> (String) st.get("id")).sorted().toList();
                List<String> found = new ArrayList<>(given().queryParam(parameter, value).queryParam("size", 100).get("/api/v1/studies")
                        .then().statusCode(200).extract().jsonPath().getList("items.id", String.class));
                found.sort(Comparator.naturalOrder());
                assertEquals(expected, found, parameter + "=" + value);
            }
        }
        given().queryParam("q", "MIST").get("/api/v1/studies").then().statusCode(200).body("items.id", hasItem("mist"));
    }

    @Test
    void shouldReturn400ForAnImpossibleYear() {
        given().queryParam("year", "19x9").get("/api/v1/studies").then().statusCode(400).body("errors.field", contains("year"));
        given().queryParam("year", "3000").get("/api/v1/studies").then().statusCode(400).body("errors.field", contains("year"));
    }
}
