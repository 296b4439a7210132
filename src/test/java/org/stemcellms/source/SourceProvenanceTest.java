package org.stemcellms.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every source says where and when it was read: a web address for every kind but the article and reference data
 * shipped with the service, the date its facts were read, and the page's own date only where it shows one (so never
 * after the reading).
 */
@QuarkusTest
class SourceProvenanceTest extends WithoutTestRecords {

    @Test
    void shouldGiveEverySourceItsAddressAndReadingDate() {
        List<Map<String, Object>> sources = given().queryParam("size", 100).get("/api/v1/sources").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertFalse(sources.isEmpty());
        List<String> gaps = new ArrayList<>();
        for (Map<String, Object> source : sources) {
            String id = (String) source.get("id");
            String kind = (String) source.get("kind");
            if (source.get("url") == null && !SourceKind.WITHOUT_ADDRESS.contains(SourceKind.valueOf(kind))) {
                gaps.add(id + " (" + kind + ") has no url");
            }
            if (source.get("readOn") == null) {
                gaps.add(id + " has no readOn");
            } else if (source.get("pageDate") != null
                    && LocalDate.parse((String) source.get("pageDate")).isAfter(LocalDate.parse((String) source.get("readOn")))) {
                gaps.add(id + " is dated after it was read");
            }
        }
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldRefuseAPageWithoutItsAddress() {
        var source = WriteBodies.BY_COLLECTION.get("sources");
        Requests.asEditor().contentType("application/json").body(source.with("url", "null")).post(source.path()).then().statusCode(400)
                .body("errors.field", hasItem("url"));
    }
}
