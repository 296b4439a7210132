package org.stemcellms.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SourceResourceTest {

    @Test
    void shouldListTheArticleTheFiveReferencesItCitesAndTheExchangeRates() {
        // besides the pages the centres and prices come from
        given().queryParam("size", 100).get("/api/v1/sources").then().statusCode(200)
                .body("items.id", hasItems("article", "burt-2019-jama", "atkins-2016-lancet", "national-ms-society",
                        "clinicaltrials-gov", "ms-society-uk", "ecb-eurofxref-2024-09-26"));
        given().get("/api/v1/sources/ecb-eurofxref-2024-09-26").then().statusCode(200)
                .body("kind", is("REFERENCE_DATA"))
                .body("publisher", is("European Central Bank"))
                .body("url", nullValue());
    }

    @Test
    void shouldGiveOnlyTheWebAddressesTheArticleGivesOrWhereAPaperWasRead() {
        given().get("/api/v1/sources/national-ms-society").then().statusCode(200).body("url", is("https://www.nationalmssociety.org"));
        given().get("/api/v1/sources/clinicaltrials-gov").then().statusCode(200).body("url", is("https://clinicaltrials.gov"));
        given().get("/api/v1/sources/ms-society-uk").then().statusCode(200).body("url", is("https://www.mssociety.org.uk"));
        given().get("/api/v1/sources/article").then().statusCode(200).body("url", nullValue());
        given().get("/api/v1/sources/ecb-eurofxref-2024-09-26").then().statusCode(200).body("url", nullValue());
        // the article cites the two papers without an address: these are the pages where they were read
        given().get("/api/v1/sources/burt-2019-jama").then().statusCode(200)
                .body("url", is("https://pmc.ncbi.nlm.nih.gov/articles/PMC6439765")).body("readOn", is("2026-12-02"));
        given().get("/api/v1/sources/atkins-2016-lancet").then().statusCode(200)
                .body("url", is("https://ir.library.carleton.ca/pub/16450")).body("readOn", is("2026-12-02"));
    }

    @Test
    void shouldDescribeTheJournalReferences() {
        given().get("/api/v1/sources/burt-2019-jama").then().statusCode(200)
                .body("authors", is("Burt RK, et al."))
                .body("publisher", is("JAMA"))
                .body("year", is(2019))
                .body("title", is("Effect of Nonmyeloablative HSCT vs DMT on Disease Progression in RRMS"));
        var journals = given().queryParam("kind", "JOURNAL_ARTICLE").queryParam("sort", "-year").queryParam("size", 100)
                .get("/api/v1/sources").then().statusCode(200)
                .body("items.id", hasItems("burt-2019-jama", "atkins-2016-lancet"))
                .body("items.kind", everyItem(is("JOURNAL_ARTICLE")))
                .extract().jsonPath().getList("items.year", Integer.class);
        var years = journals.stream().filter(java.util.Objects::nonNull).toList();
        org.junit.jupiter.api.Assertions.assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years);
    }
}
