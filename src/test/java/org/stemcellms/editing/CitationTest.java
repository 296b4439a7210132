package org.stemcellms.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stemcellms.testing.ApiDocument;
import org.stemcellms.testing.ApiDocument.Get;
import org.stemcellms.testing.Requests;
import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Field-level citations over the whole data set: every record of every collection that cites its facts names, for
 * each factual field with a value, at least one existing source; the research ledger (db/ledger) lists exactly the
 * citations the data holds; and a write that leaves a fact uncited is refused.
 */
@QuarkusTest
class CitationTest extends WithoutTestRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> shouldCiteEveryFactualFieldOfEveryRecord() throws Exception {
        Set<String> sources = new HashSet<>(all("/api/v1/sources").stream().map(source -> source.get("id").asText()).toList());
        List<Get> cited = citedCollections();
        assertFalse(cited.isEmpty());
        return cited.stream().map(list -> DynamicTest.dynamicTest(list.toString(), () -> {
            Schema<?> form = writeForm(list);
            String idField = idField(list);
            List<JsonNode> items = all(list.path());
            assertFalse(items.isEmpty(), list + " has records");
            List<String> gaps = new ArrayList<>();
            for (JsonNode item : items) {
                ObjectNode written = JSON.createObjectNode();
                form.getProperties().forEach((name, property) -> {
                    if (!Boolean.TRUE.equals(property.getReadOnly()) && item.has(name)) {
                        written.set(name, item.get(name));
                    }
                });
                for (String fact : Citations.factualFields(written, idField)) {
                    JsonNode citing = item.path("citations").path(fact);
                    if (!citing.isArray() || citing.isEmpty()) {
                        gaps.add(item.get(idField).asText() + "." + fact + " has no citation");
                    }
                    citing.forEach(source -> {
                        if (!sources.contains(source.asText())) {
                            gaps.add(item.get(idField).asText() + "." + fact + " cites the unknown source " + source);
                        }
                    });
                }
            }
            assertEquals(List.of(), gaps);
        }));
    }

    @Test
    void shouldKeepTheResearchLedgerAndTheDataAsOne() throws Exception {
        Path ledger = Path.of("src", "main", "resources", "db", "ledger");
        Set<String> inLedger = new TreeSet<>();
        List<String> gaps = new ArrayList<>();
        Set<String> sources = new HashSet<>(all("/api/v1/sources").stream().map(source -> source.get("id").asText()).toList());
        try (var files = Files.list(ledger)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                String source = file.getFileName().toString().replaceFirst("\\.tsv$", "");
                if (!sources.contains(source)) {
                    gaps.add(file.getFileName() + " names no existing source");
                }
                List<String> lines = Files.readAllLines(file);
                assertEquals("resource\trecord\tfield\twhere", lines.get(0), file + " header");
                for (String line : lines.subList(1, lines.size())) {
                    String[] columns = line.split("\t", -1);
                    if (columns.length != 4 || columns[3].isBlank()) {
                        gaps.add(file.getFileName() + ": a line without its four columns or without where: " + line);
                        continue;
                    }
                    inLedger.add(source + " " + columns[0] + "/" + columns[1] + "." + columns[2]);
                }
            }
        }
        Set<String> inData = new TreeSet<>();
        for (Get list : citedCollections()) {
            String idField = idField(list);
            String resource = list.template().substring("/api/v1/".length());
            for (JsonNode item : all(list.path())) {
                item.path("citations").fields().forEachRemaining(field -> field.getValue().forEach(source -> inData.add(
                        source.asText() + " " + resource + "/" + item.get(idField).asText() + "." + field.getKey())));
            }
        }
        Set<String> onlyInData = new TreeSet<>(inData);
        onlyInData.removeAll(inLedger);
        Set<String> onlyInLedger = new TreeSet<>(inLedger);
        onlyInLedger.removeAll(inData);
        onlyInData.forEach(citation -> gaps.add("cited in the data, not in the ledger: " + citation));
        onlyInLedger.forEach(citation -> gaps.add("in the ledger, not cited in the data: " + citation));
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldRefuseAWriteThatLeavesAFactUncited() throws Exception {
        var note = WriteBodies.BY_COLLECTION.get("notes");
        ObjectNode body = (ObjectNode) JSON.readTree(note.json());
        ((ObjectNode) body.get("citations")).remove("title");
        ((ObjectNode) body.get("citations")).putArray("therapyCode").add("article");
        Requests.asEditor().contentType("application/json").body(body.toString()).post(note.path()).then().statusCode(400)
                .body("errors.field", hasItem("citations.title"))
                .body("errors.field", hasItem("citations.therapyCode"));
        Requests.asEditor().get(note.item()).then().statusCode(404);
    }

    @Test
    void shouldAddACentreFactWithItsCitationAndRefuseOneWithout() {
        var clinic = WriteBodies.BY_COLLECTION.get("clinics");
        String etag = Requests.asEditor().contentType("application/json").body(clinic.json()).post(clinic.path()).then().statusCode(201)
                .extract().header("ETag");
        etag = Requests.asEditor().header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"city\":\"Puebla\",\"stayDays\":28,\"citations\":{\"city\":[\"hsctmexico-inclusion-criteria\"],"
                        + "\"stayDays\":[\"hsctmexico-inclusion-criteria\"]}}")
                .patch(clinic.item()).then().statusCode(200)
                .body("city", is("Puebla")).body("citations.stayDays", is(List.of("hsctmexico-inclusion-criteria")))
                .extract().header("ETag");
        Requests.asEditor().header("If-Match", etag).contentType("application/merge-patch+json").body("{\"edssMax\":6.5}")
                .patch(clinic.item()).then().statusCode(400).body("errors.field", hasItem("citations.edssMax"));
        // and a price observation with its own source
        var cost = WriteBodies.BY_COLLECTION.get("costs");
        Requests.asEditor().contentType("application/json").body(cost.json().replace("\"price\":[\"article\"]",
                "\"price\":[\"price-stratford-herald-monks\"]")).post(cost.path()).then().statusCode(201)
                .body("citations.price", is(List.of("price-stratford-herald-monks")));
    }

    @Test
    void shouldRefuseACitationOfASourceThatDoesNotExist() throws Exception {
        var note = WriteBodies.BY_COLLECTION.get("notes");
        ObjectNode body = (ObjectNode) JSON.readTree(note.json());
        ((ObjectNode) body.get("citations")).putArray("title").add("article").add("no-such-source");
        Requests.asEditor().contentType("application/json").body(body.toString()).post(note.path()).then().statusCode(422)
                .body("errors.field", is(List.of("citations.title[1]")));
    }

    @Test
    void shouldKeepTheCitationsAWriteGives() throws Exception {
        var note = WriteBodies.BY_COLLECTION.get("notes");
        ObjectNode body = (ObjectNode) JSON.readTree(note.json());
        ((ObjectNode) body.get("citations")).putArray("text").add("article").add("national-ms-society");
        Requests.asEditor().contentType("application/json").body(body.toString()).post(note.path()).then().statusCode(201);
        Map<String, List<String>> citations = given().get(note.item()).then().statusCode(200).extract().jsonPath().getMap("citations");
        assertEquals(List.of("article", "national-ms-society"), citations.get("text"));
        assertTrue(citations.containsKey("title"));
    }

    /** The top-level collections whose records cite their facts (not the nested ones, which list the same records). */
    private static List<Get> citedCollections() {
        return ApiDocument.collections().stream().filter(list -> !list.isSecured() && list.itemProperties().contains("citations")
                && list.template().equals("/api/v1/" + list.template().substring("/api/v1/".length()).split("/")[0])).toList();
    }

    /** Every item of a collection, page after page. */
    private static List<JsonNode> all(String path) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode body = JSON.readTree(given().queryParam("size", 100).queryParam("page", page).get(path).then().statusCode(200)
                    .extract().asString());
            body.get("items").forEach(items::add);
            if (page >= body.get("totalPages").asInt()) {
                return items;
            }
        }
    }

    /** The write form of the collection's records: the body its POST takes. */
    private static Schema<?> writeForm(Get list) {
        var post = ApiDocument.MODEL.getPaths().get(list.template()).getPost();
        return ApiDocument.resolve(post.getRequestBody().getContent().get("application/json").getSchema());
    }

    /** The name of the id in the collection's item path: id, code or currency. */
    private static String idField(Get list) {
        String item = ApiDocument.MODEL.getPaths().keySet().stream().filter(path -> path.matches(java.util.regex.Pattern.quote(list.template())
                + "/\\{[^}/]+}")).findFirst().orElseThrow();
        return item.substring(item.lastIndexOf('{') + 1, item.length() - 1);
    }
}
