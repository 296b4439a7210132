package org.stemcellms.cost;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Json;

import io.quarkus.test.junit.QuarkusTest;

/** The per-country comparison of what HSCT costs, from the article's four cost records. */
@QuarkusTest
class CostSummaryTest {

    private static final BigDecimal USD_TO_EUR = BigDecimal.ONE.divide(new BigDecimal("1.1155"),
            new java.math.MathContext(12, RoundingMode.HALF_UP));

    @Test
    void shouldListCountriesCheapestFirstWithTheirFiguresInUsdByDefault() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/summary?therapy=HSCT&source=article").then().statusCode(200)
                .body("therapy.code", is("HSCT"))
                .body("currency", is("USD"))
                .body("countries.country.code", contains("IN", "RU", "MX", "US"))
                .body("countries[0].lowest", comparesEqualTo(new BigDecimal("25000")))
                .body("countries[0].highest", comparesEqualTo(new BigDecimal("35000")))
                .body("countries[0].costRecords", is(1))
                .body("countries[0].clinics", empty())
                .body("countries[1].clinics.id", contains("aa-maximov-hospital"))
                .body("countries[2].clinics.id", contains("clinica-ruiz"))
                .body("countries[2].asOf.size()", is(1))
                .body("countries.sources.id", everyItem(contains("article")))
                .body("mostExpensive.code", is("US"))
                .body("recordsWithoutRate", is(0));
    }

    @Test
    void shouldShowTheUsPriceAsOpenEndedNeverWithAMadeUpMaximum() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/summary?source=article").then().statusCode(200)
                .body("countries[3].country.code", is("US"))
                .body("countries[3].lowest", comparesEqualTo(new BigDecimal("100000")))
                .body("countries[3].highest", nullValue())
                .body("countries[3].openEnded", is(true))
                // India: 100,000 - 25,000 on the lowest figures; the highest difference has no bound
                .body("countries[0].differenceToMostExpensive.lowest", comparesEqualTo(new BigDecimal("75000")))
                .body("countries[0].differenceToMostExpensive.highest", nullValue())
                .body("countries[0].differenceToMostExpensive.openEnded", is(true))
                .body("countries[3].differenceToMostExpensive.lowest", comparesEqualTo(BigDecimal.ZERO))
                .body("countries[3].differenceToMostExpensive.highest", comparesEqualTo(BigDecimal.ZERO))
                .body("countries[3].differenceToMostExpensive.openEnded", is(false));
    }

    @Test
    void shouldSummariseInEurosWithTheRateUsed() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/summary?therapy=HSCT&currency=EUR&source=article").then().statusCode(200)
                .body("currency", is("EUR"))
                .body("countries.country.code", contains("IN", "RU", "MX", "US"))
                .body("countries[2].lowest", comparesEqualTo(new BigDecimal("48857.01")))
                .body("countries[2].highest", comparesEqualTo(new BigDecimal("51994.62")))
                .body("countries[0].lowest", comparesEqualTo(eur("25000")))
                // side by side with the figures as the source gives them
                .body("countries[0].original[0].currency", is("USD"))
                .body("countries[0].original[0].lowest", comparesEqualTo(new BigDecimal("25000")))
                .body("countries[0].original[0].highest", comparesEqualTo(new BigDecimal("35000")))
                .body("countries[3].original[0].highest", nullValue())
                .body("countries[3].original[0].openEnded", is(true))
                .body("rates.size()", is(1))
                .body("rates[0].from", is("USD"))
                .body("rates[0].to", is("EUR"))
                .body("rates[0].rate", comparesEqualTo(USD_TO_EUR))
                .body("rates[0].rateDate", is("2024-09-26"))
                .body("rates[0].source.id", is("ecb-eurofxref-2024-09-26"))
                .body("rates[0].rounding", is("half up to 2 decimal places"));
    }

    @Test
    void shouldAnswerAnEmptySummaryForATherapyWithoutCosts() {
        given().get("/api/v1/costs/summary?therapy=MSC").then().statusCode(200)
                .body("therapy.code", is("MSC"))
                .body("countries", empty())
                .body("mostExpensive", nullValue());
    }

    @Test
    void shouldRefuseAnUnknownTherapyOrCurrency() {
        given().get("/api/v1/costs/summary?therapy=NOPE").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("therapy"));
        given().get("/api/v1/costs/summary?currency=EURO").then().statusCode(400).body("errors[0].field", is("currency"));
    }

    private static BigDecimal eur(String usd) {
        return new BigDecimal(usd).multiply(USD_TO_EUR).setScale(2, RoundingMode.HALF_UP);
    }
}
