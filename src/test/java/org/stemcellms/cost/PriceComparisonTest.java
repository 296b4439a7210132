package org.stemcellms.cost;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The price comparison against the observations themselves: per country and per centre, how many observations, whether
 * they disagree and how many are dated, recomputed here from /costs and /sources so that it holds for any data.
 */
@QuarkusTest
class PriceComparisonTest extends WithoutTestRecords {

    @Test
    void shouldSayWhyAPriceWithoutARateStaysUnconverted() {
        var cost = WriteBodies.BY_COLLECTION.get("costs");
        Requests.asEditor().contentType("application/json")
                .body(cost.with("price", "{\"min\":1500000,\"currency\":\"RUB\",\"approximate\":false}")).post(cost.path())
                .then().statusCode(201);
        given().queryParam("currency", "EUR").get(cost.item()).then().statusCode(200)
                .body("price.currency", is("RUB")).body("converted", nullValue())
                .body("conversionNote", containsString("RUB"));
        given().get(cost.item()).then().statusCode(200).body("conversionNote", nullValue());
    }

    @Test
    void shouldCountDisagreeingAndDatedObservationsPerCountryAndCentre() {
        JsonPath summary = given().queryParam("therapy", "HSCT").queryParam("currency", "EUR").get("/api/v1/costs/summary").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> observations = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath body = given().queryParam("therapy", "HSCT").queryParam("currency", "EUR").queryParam("size", 100)
                    .queryParam("page", page).get("/api/v1/costs").then().statusCode(200).extract().jsonPath();
            observations.addAll(body.getList("items"));
            if (page >= body.getInt("totalPages")) {
                break;
            }
        }
        // what the summary compares: the observations it can convert
        List<Map<String, Object>> compared = observations.stream().filter(o -> o.get("converted") != null).toList();
        Map<String, LocalDate> pageDates = new HashMap<>();
        Map<String, List<Map<String, Object>>> byCountry = new TreeMap<>();
        compared.forEach(o -> byCountry.computeIfAbsent(((String) o.get("countryCode")), c -> new ArrayList<>()).add(o));
        List<Map<String, Object>> countries = summary.getList("countries");
        assertEquals(byCountry.keySet(), new java.util.TreeSet<>(countries.stream().map(c -> (String) ((Map<?, ?>) c.get("country")).get("code")).toList()));
        for (Map<String, Object> country : countries) {
            String code = (String) ((Map<?, ?>) country.get("country")).get("code");
            List<Map<String, Object>> own = byCountry.get(code);
            assertEquals(own.size(), country.get("costRecords"), code);
            assertEquals(disagree(own), country.get("observationsDisagree"), code);
            assertEquals(dated(own, pageDates), country.get("datedObservations"), code);
            Map<String, List<Map<String, Object>>> byCentre = new TreeMap<>();
            own.stream().filter(o -> o.get("clinicId") != null)
                    .forEach(o -> byCentre.computeIfAbsent((String) o.get("clinicId"), c -> new ArrayList<>()).add(o));
            List<Map<String, Object>> centres = (List<Map<String, Object>>) country.get("centres");
            assertEquals(byCentre.keySet(), new java.util.TreeSet<>(centres.stream().map(c -> (String) ((Map<?, ?>) c.get("clinic")).get("id")).toList()));
            for (Map<String, Object> centre : centres) {
                List<Map<String, Object>> its = byCentre.get((String) ((Map<?, ?>) centre.get("clinic")).get("id"));
                assertEquals(its.size(), centre.get("observations"));
                assertEquals(disagree(its), centre.get("observationsDisagree"));
                assertEquals(dated(its, pageDates), centre.get("datedObservations"));
            }
        }
        assertFalse(countries.isEmpty());
    }

    private static boolean disagree(List<Map<String, Object>> observations) {
        return observations.stream().map(o -> {
            Map<?, ?> price = (Map<?, ?>) o.get("price");
            return price.get("currency") + " " + new java.math.BigDecimal(price.get("min").toString()).stripTrailingZeros().toPlainString()
                    + " " + (price.get("max") == null ? "+" : new java.math.BigDecimal(price.get("max").toString()).stripTrailingZeros().toPlainString());
        }).distinct().count() > 1;
    }

    /** Dated by the default three years: the year the price applies to, or else its page's date. */
    private static int dated(List<Map<String, Object>> observations, Map<String, LocalDate> pageDates) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int dated = 0;
        for (Map<String, Object> o : observations) {
            Integer year = (Integer) o.get("appliesYear");
            String source = (String) o.get("sourceId");
            LocalDate pageDate = pageDates.computeIfAbsent(source, id -> {
                String date = given().get("/api/v1/sources/" + id).then().statusCode(200).extract().jsonPath().getString("pageDate");
                return date == null ? LocalDate.MAX : LocalDate.parse(date);
            });
            boolean isDated = year != null ? year < today.getYear() - 3
                    : !Objects.equals(pageDate, LocalDate.MAX) && pageDate.isBefore(today.minusYears(3));
            dated += isDated ? 1 : 0;
        }
        return dated;
    }
}
