package org.stemcellms.note;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NoteResourceTest {

    @Test
    void shouldGiveTheAdviceToVetAClinicBeforeCommitting() {
        given().get("/api/v1/notes/vet-the-clinic").then().statusCode(200)
                .body("category", is("COST"))
                .body("text", is("Always vet the clinic's reputation, safety protocols, and experience with MS patients before committing."));
    }

    @Test
    void shouldListCostNotesInOrder() {
        given().queryParam("category", "COST").get("/api/v1/notes").then().statusCode(200)
                .body("items.id", contains("insurance", "what-prices-include", "vet-the-clinic"));
    }

    @Test
    void shouldHoldEveryStatementOfTheArticleThatFitsNoOtherResource() {
        given().queryParam("size", 100).get("/api/v1/notes").then().statusCode(200)
                .body("items.id", containsInAnyOrder("what-is-ms", "dmts-and-stem-cells", "what-stem-cells-do", "where-hsct-is-offered",
                        "not-for-everyone", "full-evaluation", "who-should-consider-it", "insurance", "what-prices-include",
                        "vet-the-clinic", "a-serious-procedure", "not-a-miracle-cure", "results-vary", "public-journeys", "peer-support",
                        "emotionally-intense", "support-from-family", "therapist-or-support-group", "realistic-expectations",
                        "the-next-decade", "personalized-approaches", "remyelination-strategies", "combination-therapies",
                        "regulatory-breakthroughs", "informed-decisions"));
    }

    @Test
    void shouldListTheFutureDirectionsInTheArticlesOrder() {
        given().queryParam("category", "FUTURE_DIRECTIONS").get("/api/v1/notes").then().statusCode(200)
                .body("items.title", contains("The next decade", "Personalized stem cell approaches", "Remyelination strategies",
                        "Stem cell and drug combination therapies", "Regulatory breakthroughs"));
        given().get("/api/v1/notes/combination-therapies").then().statusCode(200)
                .body("text", is("Combining MSCs with medications like anti-LINGO-1 or BTK inhibitors to enhance results."))
                .body("therapy.code", is("MSC"));
    }

    @Test
    void shouldAttributeThePatientStoryToTheArticle() {
        given().get("/api/v1/notes/public-journeys").then().statusCode(200)
                .body("text", containsString("The article names Jen Brea"))
                .body("text", containsString("reversed optic neuritis"))
                .body("source.id", is("article"));
    }

    @Test
    void shouldSearchNoteTexts() {
        given().queryParam("q", "HSCT Warriors").get("/api/v1/notes").then().statusCode(200)
                .body("items.id", contains("peer-support"));
        given().get("/api/v1/notes/full-evaluation").then().statusCode(200)
                .body("text", containsString("MS neurologist and transplant specialist"));
    }
}
