package org.stemcellms.study;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Json;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StudyResourceTest {

    @Test
    void shouldListStudiesByYearWithUndatedOnesLast() {
        given().get("/api/v1/studies").then().statusCode(200)
                .body("items.id", contains("atkins-2016", "mist", "other-studies"));
        given().queryParam("sort", "-year").get("/api/v1/studies").then().statusCode(200)
                .body("items.id", contains("mist", "atkins-2016", "other-studies"));
    }

    @Test
    void shouldDescribeTheMistTrialWithItsPublication() {
        given().get("/api/v1/studies/mist").then().statusCode(200)
                .body("shortName", is("MIST"))
                .body("kind", is("CLINICAL_TRIAL"))
                .body("authors", is("Burt RK, et al."))
                .body("year", is(2019))
                .body("journal", is("JAMA"))
                .body("therapy.code", is("HSCT"))
                .body("comparator", is("Disease-modifying therapies (DMTs)"))
                .body("publication.id", is("burt-2019-jama"))
                .body("limitations", is("Not a miracle cure: HSCT does not reverse all damage, and not everyone improves."));
    }

    @Test
    void shouldGiveMistFindingsAsStructuredOutcomes() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/studies/mist").then().statusCode(200)
                .body("findings.outcome", contains("DISEASE_PROGRESSION", "NO_NEW_RELAPSES_OR_MRI_LESIONS", "REGAINED_FUNCTION"))
                .body("findings[0].comparator", is("DMTs"))
                .body("findings[1].value.min", comparesEqualTo(new BigDecimal("69")))
                .body("findings[1].value.max", comparesEqualTo(new BigDecimal("69")))
                .body("findings[1].value.unit", is("PERCENT_OF_PATIENTS"))
                .body("findings[1].followUpYears", comparesEqualTo(new BigDecimal("5")))
                .body("findings[2].value", nullValue());
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
    void shouldListAtkins2016InTheLancetWithoutFindings() {
        given().get("/api/v1/studies/atkins-2016").then().statusCode(200)
                .body("authors", is("Atkins HL, et al."))
                .body("year", is(2016))
                .body("journal", is("Lancet"))
                .body("publication.id", is("atkins-2016-lancet"))
                .body("findings", empty());
    }

    @Test
    void shouldFilterByYearKindTherapyAndText() {
        given().queryParam("year", "2019").get("/api/v1/studies").then().statusCode(200).body("items.id", contains("mist"));
        given().queryParam("kind", "PUBLICATION").get("/api/v1/studies").then().statusCode(200).body("items.id", contains("atkins-2016"));
        given().queryParam("therapy", "MSC").get("/api/v1/studies").then().statusCode(200).body("items", empty());
        given().queryParam("q", "MIST").get("/api/v1/studies").then().statusCode(200).body("items.id", contains("mist"));
    }

    @Test
    void shouldReturn400ForAnImpossibleYear() {
        given().queryParam("year", "19x9").get("/api/v1/studies").then().statusCode(400).body("errors.field", contains("year"));
        given().queryParam("year", "3000").get("/api/v1/studies").then().statusCode(400).body("errors.field", contains("year"));
    }
}
