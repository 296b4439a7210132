package org.stemcellms.currency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Json;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Costs in another currency: the original price and the converted one side by side, with the rate, its
 * date and its source. Expected figures are computed here from the ECB file's rates and the documented
 * rule (cross rate through EUR to 12 significant digits, amount rounded half up to the currency's minor units).
 */
@QuarkusTest
class ConversionTest {

    private static final BigDecimal USD_PER_EUR = new BigDecimal("1.1155");
    private static final BigDecimal JPY_PER_EUR = new BigDecimal("160.78");
    private static final BigDecimal GBP_PER_EUR = new BigDecimal("0.83428");

    @Test
    void shouldConvertEveryCostToEurosNextToTheOriginalPrice() {
        BigDecimal rate = rate(USD_PER_EUR, BigDecimal.ONE);
        assertEquals(new BigDecimal("0.896458987001"), rate);
        var page = given().config(Json.EXACT_DECIMALS).get("/api/v1/costs?currency=EUR&source=article").then().statusCode(200)
                .body("items.converted.currency", everyItem(is("EUR")))
                .body("items.converted.rateDate", everyItem(is("2024-09-26")))
                .body("items.converted.rateSource.id", everyItem(is("ecb-eurofxref-2024-09-26")))
                .body("items.converted.rounding", everyItem(is("half up to 2 decimal places")))
                .body("items.price.currency", everyItem(is("USD")))
                .extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertEquals(4, items.size());
        for (int i = 0; i < items.size(); i++) {
            String at = "items[" + i + "].";
            assertEquals(0, rate.compareTo(page.getObject(at + "converted.rate", BigDecimal.class)));
            BigDecimal min = page.getObject(at + "price.min", BigDecimal.class);
            assertEquals(convert(min, rate, 2), page.getObject(at + "converted.min", BigDecimal.class).setScale(2), at + "min");
            BigDecimal max = page.getObject(at + "price.max", BigDecimal.class);
            BigDecimal convertedMax = page.getObject(at + "converted.max", BigDecimal.class);
            assertEquals(max == null ? null : convert(max, rate, 2), convertedMax == null ? null : convertedMax.setScale(2), at + "max");
        }
    }

    @Test
    void shouldGiveKnownFiguresForClinicaRuiz() {
        // 54,500 USD / 1.1155 = 48,857.0148...; with the stated rate 0.896458987001: 48,857.01479 -> 48,857.01 EUR
        given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/hsct-mx-clinica-ruiz?currency=EUR").then().statusCode(200)
                .body("price.min", comparesEqualTo(new BigDecimal("54500")))
                .body("price.currency", is("USD"))
                .body("converted.min", comparesEqualTo(new BigDecimal("48857.01")))
                .body("converted.max", comparesEqualTo(new BigDecimal("51994.62")));
    }

    @Test
    void shouldRoundToTheMinorUnitsOfTheTargetCurrency() {
        // the yen has no minor unit: whole yen, half up
        BigDecimal rate = rate(USD_PER_EUR, JPY_PER_EUR);
        var yen = given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/hsct-mx-clinica-ruiz?currency=JPY").then().statusCode(200)
                .body("converted.rate", comparesEqualTo(rate))
                .body("converted.rounding", is("half up to 0 decimal places"))
                .extract().jsonPath();
        assertEquals(convert(new BigDecimal("54500"), rate, 0), decimal(yen, "converted.min"));
        assertEquals(new BigDecimal("7855231"), decimal(yen, "converted.min"));
        BigDecimal pounds = rate(USD_PER_EUR, GBP_PER_EUR);
        given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/hsct-us-clinical-trial?currency=GBP").then().statusCode(200)
                .body("converted.min", comparesEqualTo(convert(new BigDecimal("100000"), pounds, 2)))
                .body("converted.max", nullValue())
                .body("price.openEnded", is(true));
    }

    @Test
    void shouldConvertInTheCountryAndClinicCostListsToo() {
        given().config(Json.EXACT_DECIMALS).get("/api/v1/countries/MX/costs?currency=EUR").then().statusCode(200)
                .body("items.find { it.id == 'hsct-mx-clinica-ruiz' }.converted.min", comparesEqualTo(new BigDecimal("48857.01")));
        given().config(Json.EXACT_DECIMALS).get("/api/v1/clinics/clinica-ruiz/costs?currency=eur").then().statusCode(200)
                .body("items.converted.currency", everyItem(is("EUR")))
                .body("items.find { it.id == 'hsct-mx-clinica-ruiz' }.converted.min", comparesEqualTo(new BigDecimal("48857.01")));
    }

    @Test
    void shouldStateTheIdentityWhenAskedForTheOriginalCurrency() {
        var same = given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/hsct-in?currency=USD").then().statusCode(200)
                .body("converted.min", comparesEqualTo(new BigDecimal("25000")))
                .extract().jsonPath();
        assertEquals(0, BigDecimal.ONE.compareTo(decimal(same, "converted.rate")));
        given().get("/api/v1/costs/hsct-in").then().statusCode(200).body("converted", nullValue());
    }

    @Test
    void shouldRefuseACurrencyWithoutARateSayingSo() {
        given().get("/api/v1/costs?currency=RUB").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("currency"))
                .body("errors[0].message", containsString("no exchange rate"))
                .body("errors[0].message", containsString("RUB"))
                .body("errors[0].message", containsString("EUR"));
        given().get("/api/v1/costs/summary?currency=RUB").then().statusCode(400).body("errors[0].field", is("currency"));
    }

    @Test
    void shouldRefuseAnInvalidCode() {
        for (String code : List.of("EURO", "XYZ", "12A", "E")) {
            given().queryParam("currency", code).get("/api/v1/costs").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", is("currency"));
        }
    }

    /** A number of the response as a BigDecimal, whether JSON wrote it with decimals or without. */
    private static BigDecimal decimal(io.restassured.path.json.JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    /** Units of the target per unit of the source, through the euro, to 12 significant digits half up. */
    private static BigDecimal rate(BigDecimal fromPerEur, BigDecimal toPerEur) {
        return toPerEur.divide(fromPerEur, new MathContext(12, RoundingMode.HALF_UP));
    }

    private static BigDecimal convert(BigDecimal amount, BigDecimal rate, int decimals) {
        return amount.multiply(rate).setScale(decimals, RoundingMode.HALF_UP);
    }
}
