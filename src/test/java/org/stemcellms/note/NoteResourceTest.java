package org.stemcellms.note;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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
    void shouldListTheFourFutureDirections() {
        given().queryParam("category", "FUTURE_DIRECTIONS").get("/api/v1/notes").then().statusCode(200)
                .body("items.title", contains("Personalized stem cell approaches", "Remyelination strategies",
                        "Stem cell and drug combination therapies", "Regulatory breakthroughs"));
    }

    @Test
    void shouldSearchNoteTexts() {
        given().queryParam("q", "HSCT Warriors").get("/api/v1/notes").then().statusCode(200)
                .body("items.id", contains("peer-support"));
        given().get("/api/v1/notes/full-evaluation").then().statusCode(200)
                .body("text", containsString("MS neurologist and transplant specialist"));
    }
}
