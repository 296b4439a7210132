package org.stemcellms.faq;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FaqResourceTest {

    @Test
    void shouldListTheFourQuestionsInTheArticlesOrder() {
        given().get("/api/v1/faqs").then().statusCode(200)
                .body("items.question", contains("Is HSCT a cure for MS?", "Will my neurologist recommend it?",
                        "Can it reverse my MS symptoms?", "How long does recovery take?"))
                .body("items.source.id.unique()", contains("article"));
    }

    @Test
    void shouldGiveTheArticlesFourAnswers() {
        given().get("/api/v1/faqs").then().statusCode(200)
                .body("items.answer", contains(
                        "No. It's a powerful treatment that can stop disease activity for years—but it doesn't cure MS.",
                        "Possibly, if your MS is aggressive. But many neurologists are cautious due to risks.",
                        "Sometimes—especially early on. Some patients regain lost function, but it's not guaranteed.",
                        "Full recovery can take 6 to 12 months. Fatigue and infections are common during this period."));
        given().get("/api/v1/faqs/is-hsct-a-cure").then().statusCode(200).body("therapy.code", is("HSCT"));
    }

    @Test
    void shouldSearchQuestionsAndAnswers() {
        given().queryParam("q", "neurologists cautious").get("/api/v1/faqs").then().statusCode(200)
                .body("items.id", contains("will-my-neurologist-recommend-it"));
    }
}
