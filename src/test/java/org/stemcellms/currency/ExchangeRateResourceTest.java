package org.stemcellms.currency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Json;
import org.stemcellms.testing.Tokens;
import org.stemcellms.testing.WriteBodies;
import org.stemcellms.testing.WithoutTestRecords;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The ECB rates as loaded by the migration, and the admin-only rules for changing them. */
@QuarkusTest
class ExchangeRateResourceTest extends WithoutTestRecords {

    private static final WriteBodies.Body ZMW = WriteBodies.BY_COLLECTION.get("exchange-rates");

    @Test
    void shouldHoldEveryRateOfTheEcbFileWithItsDateAndSource() {
        // the file's 30 currencies, EUR being the base and RUB not published since 2022
        given().get("/api/v1/exchange-rates?size=100").then().statusCode(200)
                .body("totalItems", is(30))
                .body("items.currency", hasItem("ZAR"))
                .body("items.currency", not(hasItem("EUR")))
                .body("items.currency", not(hasItem("RUB")));
        given().config(Json.EXACT_DECIMALS).get("/api/v1/exchange-rates/USD").then().statusCode(200)
                .body("unitsPerEur", comparesEqualTo(new BigDecimal("1.1155")))
                .body("rateDate", is("2024-09-26"))
                .body("source.id", is("ecb-eurofxref-2024-09-26"));
        given().config(Json.EXACT_DECIMALS).get("/api/v1/exchange-rates/jpy").then().statusCode(200)
                .body("currency", is("JPY"))
                .body("unitsPerEur", comparesEqualTo(new BigDecimal("160.78")));
        given().get("/api/v1/sources/ecb-eurofxref-2024-09-26").then().statusCode(200).body("kind", is("REFERENCE_DATA"));
    }

    @Test
    void shouldRecordAChecksumOfTheRatesFileSoThatAnEditedFileFailsValidation() throws Exception {
        // the Java migration's checksum is a CRC32 of the CSV it loads, as Flyway keeps one for SQL migrations
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(Path.of("src/main/resources/db/data/ecb-eurofxref-2024-09-26.csv")));
        assertEquals(1, database.count("select count(*) from flyway_schema_history where version = '5' and checksum = "
                + (int) crc.getValue()));
    }

    @Test
    void shouldLetOnlyAdminsChangeRates() {
        String before = database.fingerprint();
        as(Tokens.editor()).contentType("application/json").body(ZMW.json()).post("/api/v1/exchange-rates").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.editor()).header("If-Match", given().get("/api/v1/exchange-rates/USD").header("ETag"))
                .contentType("application/merge-patch+json").body("{\"unitsPerEur\":2}").patch("/api/v1/exchange-rates/USD").then()
                .statusCode(403);
        assertEquals(before, database.fingerprint());

        String created = as(Tokens.admin()).contentType("application/json").body(ZMW.json()).post("/api/v1/exchange-rates").then()
                .statusCode(201).header("Location", containsString("/api/v1/exchange-rates/ZMW")).extract().header("ETag");
        // the new rate converts at once: 1,000 USD = 1000 / 1.1155 * 29.5 ZMW
        given().config(Json.EXACT_DECIMALS).get("/api/v1/costs/hsct-in?currency=ZMW").then().statusCode(200)
                .body("converted.min", comparesEqualTo(new BigDecimal("29.5").divide(new BigDecimal("1.1155"),
                        new java.math.MathContext(12, java.math.RoundingMode.HALF_UP)).multiply(new BigDecimal("25000")).setScale(2, java.math.RoundingMode.HALF_UP)));
        as(Tokens.admin()).header("If-Match", created).delete("/api/v1/exchange-rates/ZMW").then().statusCode(204);
        given().get("/api/v1/costs/hsct-in?currency=ZMW").then().statusCode(400)
                .body("errors[0].message", containsString("no exchange rate"));
    }

    @Test
    void shouldRefuseARateForTheEuroItselfOrAnUnknownCode() {
        String before = database.fingerprint();
        as(Tokens.admin()).contentType("application/json").body(ZMW.with("currency", "\"EUR\"")).post("/api/v1/exchange-rates").then()
                .statusCode(400).body("errors.field", hasItem("currency"));
        as(Tokens.admin()).contentType("application/json").body(ZMW.with("currency", "\"QQQ\"")).post("/api/v1/exchange-rates").then()
                .statusCode(400).body("errors.field", hasItem("currency"));
        as(Tokens.admin()).contentType("application/json").body(ZMW.with("unitsPerEur", "0")).post("/api/v1/exchange-rates").then()
                .statusCode(400).body("errors.field", hasItem("unitsPerEur"));
        assertEquals(before, database.fingerprint());
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token));
    }
}
