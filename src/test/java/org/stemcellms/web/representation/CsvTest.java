package org.stemcellms.web.representation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument;
import org.stemcellms.testing.Json;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every collection as CSV: same filters and figures as JSON, RFC 4180 quoting, and no formula a spreadsheet would run. */
@QuarkusTest
class CsvTest extends WithoutTestRecords {

    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryCollectionAsCsvWithAHeaderRowAndOneRowPerItem() {
        return ApiDocument.collections().stream().map(get -> DynamicTest.dynamicTest(get.toString(), () -> {
            long items = Requests.as(get).get(get.path()).then().statusCode(200).extract().jsonPath().getLong("totalItems");
            String csv = Requests.as(get).accept("text/csv").get(get.path()).then().statusCode(200)
                    .contentType("text/csv")
                    .header("Content-Disposition", startsWith("attachment; filename=\""))
                    .extract().asString();
            List<List<String>> rows = parse(csv);
            assertTrue(rows.get(0).size() > 1, "a header row on " + get.path());
            assertEquals(Math.min(items, 20), rows.size() - 1, "one row per item of the first page of " + get.path());
        }));
    }

    @Test
    void shouldGiveTheSameNumbersAsJsonWithTheSameFiltersAndConversion() {
        var json = given().config(Json.EXACT_DECIMALS).get("/api/v1/costs?therapy=HSCT&currency=EUR&sort=-label&source=article").then().statusCode(200)
                .extract().jsonPath();
        String csv = given().get("/api/v1/costs?therapy=HSCT&currency=EUR&sort=-label&source=article&format=csv").then().statusCode(200)
                .header("Content-Type", "text/csv;charset=UTF-8;header=present")
                .header("Content-Disposition", "attachment; filename=\"costs.csv\"")
                .extract().asString();
        assertEquals(csv, given().accept("text/csv").get("/api/v1/costs?therapy=HSCT&currency=EUR&sort=-label&source=article").asString(),
                "format=csv is Accept: text/csv");
        assertTrue(csv.endsWith("\r\n") && csv.split("\r\n").length == 5, "header and four rows, each ending in CRLF");
        List<List<String>> rows = parse(csv);
        List<String> header = rows.get(0);
        for (int i = 0; i < 4; i++) {
            List<String> row = rows.get(i + 1);
            assertEquals(json.getString("items[" + i + "].id"), row.get(header.indexOf("id")));
            assertEquals(0, json.getObject("items[" + i + "].converted.min", BigDecimal.class)
                    .compareTo(new BigDecimal(row.get(header.indexOf("converted.min")))));
            assertEquals(0, json.getObject("items[" + i + "].price.min", BigDecimal.class)
                    .compareTo(new BigDecimal(row.get(header.indexOf("price.min")))));
            assertEquals("2024-09-26", row.get(header.indexOf("converted.rateDate")));
            assertEquals("ecb-eurofxref-2024-09-26", row.get(header.indexOf("converted.rateSource.id")));
            assertEquals(json.getString("items[" + i + "].source.id"), row.get(header.indexOf("source.id")));
        }
        String filtered = given().get("/api/v1/countries/MX/costs?format=csv").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"countries-MX-costs.csv\"").extract().asString();
        // a header row and one row per Mexican cost
        int mexican = given().get("/api/v1/countries/MX/costs").then().statusCode(200).extract().jsonPath().getInt("totalItems");
        assertEquals(1 + mexican, parse(filtered).size());
    }

    @Test
    void shouldQuoteCommasQuotesAndLineBreaks() {
        // the article's title has a comma; a price note has double quotes
        String csv = given().get("/api/v1/costs?format=csv").asString();
        assertTrue(csv.contains(",\"Stem Cell Therapy for Multiple Sclerosis (MS): Hope, Hype, and Healing\","), csv);
        assertTrue(csv.contains("\"From the article's table \"\"Cost of Stem Cell Treatment for MS\"\", which does not name the therapy.\""),
                csv);
        var note = WriteBodies.BY_COLLECTION.get("notes");
        given().header("Authorization", note.writer()).contentType("application/json")
                .body(note.with("text", "\"two\\nlines, \\\"quoted\\\"\"")).post(note.path()).then().statusCode(201);
        List<List<String>> rows = parse(given().get("/api/v1/notes?format=csv&q=quoted").asString());
        assertEquals("two\nlines, \"quoted\"", rows.get(1).get(rows.get(0).indexOf("text")));
    }

    @Test
    void shouldNeutraliseCellsASpreadsheetWouldRunAsFormulas() {
        var note = WriteBodies.BY_COLLECTION.get("notes");
        int position = 90;
        for (String[] attack : new String[][] { { "zz-test-eq", "=HYPERLINK(\"http://evil.example\",\"x\")" },
                { "zz-test-plus", "+1+1" }, { "zz-test-minus", "-2+3" }, { "zz-test-at", "@SUM(A1:A9)" } }) {
            Map<String, Object> body = new JsonPath(note.json()).getMap("$");
            body.put("id", attack[0]);
            body.put("position", position++);
            body.put("title", attack[1]);
            given().header("Authorization", note.writer()).contentType("application/json").body(Json.write(body)).post(note.path())
                    .then().statusCode(201);
        }
        List<List<String>> rows = parse(given().get("/api/v1/notes?format=csv&size=100").asString());
        int title = rows.get(0).indexOf("title");
        List<String> titles = rows.stream().skip(1).map(row -> row.get(title)).toList();
        assertTrue(titles.containsAll(List.of("'=HYPERLINK(\"http://evil.example\",\"x\")", "'+1+1", "'-2+3", "'@SUM(A1:A9)")), titles.toString());
        // in JSON the text is as written
        given().get("/api/v1/notes/zz-test-plus").then().body("title", is("+1+1"));
    }

    /** A small RFC 4180 reader, strict enough to catch wrong quoting: rows of cells. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, cell.length(), "a quote inside an unquoted cell at " + i);
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', csv.charAt(i + 1), "CR without LF at " + i);
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '\n', "bare LF outside quotes at " + i);
                cell.append(c);
            }
        }
        assertTrue(!quoted && cell.length() == 0 && row.isEmpty(), "the last row ends with CRLF");
        return rows;
    }
}
