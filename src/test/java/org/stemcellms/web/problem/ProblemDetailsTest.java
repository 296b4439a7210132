package org.stemcellms.web.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.anyOf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Requests;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProblemDetailsTest {

    @Test
    void shouldAnswerAnUnknownPathWithA404Problem() {
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("about:blank"))
                .body("title", is("Not Found"))
                .body("status", is(404))
                .body("instance", is("/api/v1/no-such-thing"));
        given().accept("text/html").get("/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldNameEveryInvalidParameterInOneProblem() {
        given().queryParam("country", "Mexico").queryParam("therapy", "!").queryParam("accessModel", "X").queryParam("size", "x")
                .get("/api/v1/clinics").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is(Requests.problemType("/problems/invalid-parameters")))
                .body("title", is("Invalid parameters"))
                .body("detail", is("4 parameters are invalid."))
                .body("errors.field", is(List.of("country", "therapy", "accessModel", "size")));
    }

    @Test
    void shouldRejectATooLongSearch() {
        given().queryParam("q", "a".repeat(201)).get("/api/v1/notes").then().statusCode(400)
                .body("errors[0].field", is("q"))
                .body("errors[0].message", is("must be at most 200 characters"));
    }

    @Test
    void shouldTreatBlankParametersAsAbsent() {
        int all = given().get("/api/v1/clinics").then().statusCode(200).extract().jsonPath().getInt("totalItems");
        given().queryParam("country", "").queryParam("page", " ").queryParam("q", "").get("/api/v1/clinics").then().statusCode(200)
                .body("totalItems", is(all));
    }

    @Test
    void shouldNeverAnswerBadInputWithAServerError() {
        List<String> hostile = List.of("'", "\"", "';drop table clinic;--", "%", "%00", "\\", "<script>", "ü漢字🙂", "1e309", "NaN",
                "-0", "[]", "{}", "a".repeat(1000), "a&b", "null", "*", ":q", "?", "1e-20000", "1e-1000000000",
                "1e999999999", "0.001");
        List<String> parameters = List.of("q", "country", "therapy", "clinic", "sort", "page", "size", "minPrice", "maxPrice", "year",
                "category", "kind");
        for (String value : hostile) {
            for (String parameter : parameters) {
                given().queryParam(parameter, value).get("/api/v1/costs").then()
                        .statusCode(lessThan(500))
                        .contentType(anyOf(is("application/json;charset=UTF-8"), is("application/problem+json")));
            }
            given().queryParam("q", value).get("/api/v1/studies").then().statusCode(lessThan(500));
            String segment = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            given().urlEncodingEnabled(false).get("/api/v1/clinics/" + segment).then().statusCode(lessThan(500));
            given().urlEncodingEnabled(false).get("/api/v1/countries/" + segment + "/costs").then().statusCode(lessThan(500));
        }
    }

    @Test
    void shouldRejectANulCharacterInAQueryParameterOrThePath() {
        given().urlEncodingEnabled(false).get("/api/v1/countries?q=a%00b").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", is(List.of("q")));
        given().urlEncodingEnabled(false).get("/api/v1/clinics/a%00b").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", is(List.of("path")));
    }

    @Test
    void shouldNotLeakInternalsInProblems() {
        given().queryParam("minPrice", "1e999999999").get("/api/v1/costs").then().statusCode(400)
                .body(not(containsString("Exception")))
                .body(not(containsString("org.stemcellms")));
    }

    @Test
    void shouldAnswerHeadAndOptionsOnEveryCollection() {
        given().head("/api/v1/costs").then().statusCode(200);
        given().options("/api/v1/costs").then().statusCode(lessThan(300)).header("Allow", containsString("GET"));
        given().options("/api/v1/countries/MX/clinics").then().statusCode(lessThan(300)).header("Allow", containsString("GET"));
    }

    @Test
    void shouldAnswerOptionsOnAnUnknownPathWithA404Problem() {
        given().options("/api/v1/nothing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRejectPricesWithMoreThanTwoDecimalPlaces() {
        given().queryParam("minPrice", "1e-20000").queryParam("maxPrice", "10.005").get("/api/v1/costs").then().statusCode(400)
                .body("errors.message", is(List.of("must have at most 2 decimal places", "must have at most 2 decimal places")));
        given().queryParam("minPrice", "1e999999999").get("/api/v1/costs").then().statusCode(400)
                .body("errors[0].message", is("must be below 1000000000000"));
        given().queryParam("minPrice", "54500.50").get("/api/v1/costs").then().statusCode(200);
    }
}
