package org.stemcellms.clinic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The centre filters against the data itself: for every value, a filter returns exactly the centres whose own record
 * says so, computed here from the full list, so that it stays true whatever centres the data holds.
 */
@QuarkusTest
class CentreFilterTest {

    @Test
    void shouldFilterByKindAsTheRecordsState() {
        for (CentreKind kind : CentreKind.values()) {
            assertFiltered("kind", kind.name(), centre -> kind.name().equals(centre.get("centreKind")));
        }
    }

    @Test
    void shouldFilterByAcceptedMsTypeAsTheRecordsState() {
        for (MsType type : MsType.values()) {
            assertFiltered("msType", type.name(), centre -> ((List<?>) centre.get("msTypes")).contains(type.name()));
        }
    }

    @Test
    void shouldFilterByAnEdssScoreInsideTheStatedRange() {
        for (String score : List.of("0", "3.5", "6", "6.5", "7", "8", "10")) {
            BigDecimal edss = new BigDecimal(score);
            assertFiltered("edss", score, centre -> centre.get("edssMax") != null
                    && new BigDecimal(centre.get("edssMax").toString()).compareTo(edss) >= 0
                    && (centre.get("edssMin") == null || new BigDecimal(centre.get("edssMin").toString()).compareTo(edss) <= 0));
        }
    }

    @Test
    void shouldRefuseAnEdssScoreOutsideTheScale() {
        for (String score : List.of("-1", "10.5", "six")) {
            given().queryParam("edss", score).get("/api/v1/clinics").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("edss"));
        }
    }

    private static void assertFiltered(String parameter, String value, Predicate<Map<String, Object>> holds) {
        List<Map<String, Object>> all = given().queryParam("size", 100).get("/api/v1/clinics").then().statusCode(200)
                .extract().jsonPath().getList("items");
        Set<String> expected = new TreeSet<>();
        all.stream().filter(holds).forEach(centre -> expected.add((String) centre.get("id")));
        List<String> found = given().queryParam("size", 100).queryParam(parameter, value).get("/api/v1/clinics").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertEquals(expected, new TreeSet<>(found), parameter + "=" + value);
    }
}
