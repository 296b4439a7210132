package org.stemcellms.testing;

import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * A valid write form for each collection that takes writes, with the id the tests create it under and a
 * text field they change. Everything it refers to is article data (HSCT, MX, clinica-ruiz, article).
 */
public final class WriteBodies {

    /** One collection's test record; {@code textField} is null where the record has no free text (exchange rates). */
    public record Body(String collection, String idField, String id, String textField, String json) {

        /** Sources are what others cite; every other record cites the article for each factual field it gives. */
        public Body {
            if (!collection.equals("sources")) {
                json = cited(json, idField);
            }
        }

        public String path() {
            return "/api/v1/" + collection;
        }

        public String item() {
            return path() + "/" + id;
        }

        /** A bearer token of someone allowed to write here: exchange rates are admin-only, the rest is editors' work. */
        public String writer() {
            return Tokens.bearer(collection.equals("exchange-rates") ? Tokens.admin() : Tokens.editor());
        }

        /** The same body with one more or one different top-level field, e.g. with("name", "\"New\""). */
        public String with(String field, String jsonValue) {
            Map<String, Object> map = new JsonPath(json).getMap("$");
            map.put(field, new JsonPath("{\"v\":" + jsonValue + "}").get("v"));
            // a fact the body did not have is cited like the others
            return collection.equals("sources") ? Json.write(map) : cited(Json.write(map), idField);
        }
    }

    public static final Map<String, Body> BY_COLLECTION = Map.ofEntries(
            Map.entry("sources", new Body("sources", "id", "zz-test-source", "title", """
                    {"id":"zz-test-source","kind":"ORGANISATION_WEBSITE","title":"Test source","description":"A source for tests.",
                     "url":"https://example.org/test-source","reviewedOn":"2026-01-01","readOn":"2026-01-01"}""")),
            Map.entry("therapies", new Body("therapies", "code", "ZZTEST", "name", """
                    {"code":"ZZTEST","name":"Test therapy","summary":"S","description":"D","evidenceLevel":"EXPERIMENTAL",
                     "evidenceNote":"N","involvesChemotherapy":false,"cellSources":["BLOOD"],
                     "steps":[{"name":"One","description":"First"}],"expectedBenefits":["B"],"pros":[],"cons":[],
                     "sourceId":"article","reviewedOn":"2026-01-01"}""")),
            Map.entry("countries", new Body("countries", "code", "QZ", "name", """
                    {"code":"QZ","name":"Testland","hsctAccess":"MEDICAL_TOURISM","hsctAccessNote":"N","sourceId":"article",
                     "reviewedOn":"2026-01-01"}""")),
            Map.entry("clinics", new Body("clinics", "id", "zz-test-clinic", "name", """
                    {"id":"zz-test-clinic","name":"Test clinic","countryCode":"MX","accessModel":"TREATMENT_CENTRE",
                     "description":"D","highlights":[],"therapyCodes":["HSCT"],"sourceId":"article","reviewedOn":"2026-01-01"}""")),
            Map.entry("costs", new Body("costs", "id", "zz-test-cost", "label", """
                    {"id":"zz-test-cost","therapyCode":"HSCT","countryCode":"MX","clinicId":"clinica-ruiz","label":"Test",
                     "price":{"min":1000,"max":2000,"currency":"USD","approximate":true},"includes":["MEDICATIONS"],
                     "sourceId":"article","reviewedOn":"2026-01-01"}""")),
            Map.entry("risks", new Body("risks", "id", "zz-test-risk", "name", """
                    {"id":"zz-test-risk","therapyCode":"HSCT","name":"Test risk","description":"D","category":"INFECTION",
                     "incidence":{"minPercent":1,"maxPercent":3},"sourceId":"article","reviewedOn":"2026-01-01"}""")),
            Map.entry("studies", new Body("studies", "id", "zz-test-study", "title", """
                    {"id":"zz-test-study","title":"Test study","kind":"PUBLICATION","therapyCode":"HSCT","summary":"S",
                     "findings":[{"outcome":"LONG_TERM_REMISSION","statement":"S",
                                  "value":{"min":10,"unit":"YEARS","approximate":false,"openEnded":true}}],
                     "sourceId":"article","reviewedOn":"2026-01-01"}""")),
            Map.entry("trials", new Body("trials", "id", "zz-test-trial", "title", """
                    {"id":"zz-test-trial","title":"Test trial","therapyCode":"HSCT","identifiers":[{"registry":"NCT","value":"NCT99999990"}],
                     "phase":"PHASE_2","randomised":true,"countryCodes":["MX"],"statusReports":[{"status":"RECRUITING","asOf":"2025-01-01","sourceId":"article"}],
                     "msTypes":["RRMS"],"ageMin":18,"ageMax":50,"edssMin":2.0,"edssMax":6.0,
                     "sites":[{"name":"Test site","countryCode":"MX","clinicId":"clinica-ruiz"}],"sourceId":"article","reviewedOn":"2026-01-01"}""")),
            Map.entry("claims", new Body("claims", "id", "zz-test-claim", "statement", """
                    {"id":"zz-test-claim","statement":"A test claim.","studyId":"mist","verdict":"NOT_VERIFIABLE","note":"N",
                     "evidenceStudyIds":["mist"],"sourceId":"article","reviewedOn":"2026-01-01"}""")),
            Map.entry("eligibility-criteria", new Body("eligibility-criteria", "id", "zz-test-criterion", "text", """
                    {"id":"zz-test-criterion","therapyCode":"HSCT","kind":"FAVOURABLE","position":99,"text":"T","match":"ALL",
                     "conditions":[{"parameter":"EDSS_SCORE","operator":"LESS_THAN","threshold":5.5,"typical":false}],
                     "sourceId":"article","reviewedOn":"2026-01-01"}""")),
            Map.entry("faqs", new Body("faqs", "id", "zz-test-faq", "question", """
                    {"id":"zz-test-faq","position":99,"question":"Q?","answer":"A","sourceId":"article","reviewedOn":"2026-01-01"}""")),
            Map.entry("notes", new Body("notes", "id", "zz-test-note", "title", """
                    {"id":"zz-test-note","category":"CONCLUSION","position":99,"title":"T","text":"X","sourceId":"article",
                     "reviewedOn":"2026-01-01"}""")),
            // ZMW: a real ISO 4217 code the ECB does not publish, so the test record never shadows a loaded rate
            Map.entry("exchange-rates", new Body("exchange-rates", "currency", "ZMW", null, """
                    {"currency":"ZMW","unitsPerEur":29.5,"rateDate":"2024-09-26","sourceId":"ecb-eurofxref-2024-09-26",
                     "reviewedOn":"2026-01-01"}""")));

    private WriteBodies() {
    }

    /** The body with citations of the article for every factual field it gives a value (as the write pipeline requires). */
    public static String cited(String json, String idField) {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var body = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
            var citations = body.putObject("citations");
            org.stemcellms.editing.Citations.factualFields(body, idField)
                    .forEach(field -> citations.putArray(field).add("article"));
            return mapper.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /**
     * A body to send to a documented write path: the collection's valid one, or an empty object for a
     * collection added since, which tests of refusals can still use without being touched.
     */
    public static String jsonFor(String template) {
        Body body = BY_COLLECTION.get(collectionOf(template));
        return body == null ? "{}" : body.json();
    }

    private static String collectionOf(String template) {
        return template.substring("/api/v1/".length()).split("/")[0];
    }

    /** The body for the collection of a documented path such as /api/v1/clinics/{id}. */
    public static Body forPath(String template) {
        String collection = collectionOf(template);
        Body body = BY_COLLECTION.get(collection);
        if (body == null) {
            throw new IllegalStateException("No test body for " + template + ": add one to WriteBodies");
        }
        return body;
    }
}
