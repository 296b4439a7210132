package org.stemcellms.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.stemcellms.testing.WithoutTestRecords;
import org.stemcellms.testing.WriteBodies;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The widget page, its script, oEmbed and the landing page, and who may frame what. */
@QuarkusTest
class EmbedTest extends WithoutTestRecords {

    @TestHTTPResource("/embed/costs")
    String embedUrl;

    @Test
    void shouldShowTheCostTableWithConvertedFiguresSourcesDatesAndTheAdvice() {
        String html = given().get("/embed/costs?therapy=HSCT&currency=EUR").then().statusCode(200)
                .contentType(containsString("text/html"))
                .extract().asString();
        int records = given().queryParam("therapy", "HSCT").get("/api/v1/costs").then().statusCode(200).extract().jsonPath()
                .getInt("totalItems");
        assertEquals(records, count(html, "<th scope=\"row\""), "one row per cost record");
        for (String country : List.of("India", "Russia", "Mexico", "United States")) {
            assertTrue(html.contains(country), country);
        }
        assertTrue(html.contains("€48,857"), "Clinica Ruiz's lowest figure in euros, in whole units");
        assertTrue(html.contains("$54,500"), "beside it, the figure as its source states it");
        assertTrue(html.contains("Sep 26, 2024"), "the rate's date");
        assertTrue(html.contains("1 USD = 0.8965 EUR"), "the rate to 4 significant digits");
        assertTrue(html.contains("more than 1 year ago"), "the rates are older than stemcellms.embed.rate-max-age");
        assertTrue(html.contains("Euro foreign exchange reference rates"), "the rate's source");
        assertTrue(html.contains("Stem Cell Therapy for Multiple Sclerosis (MS): Hope, Hype, and Healing"), "the prices' source");
        assertTrue(html.contains("Prices must be confirmed with the clinic."));
        assertTrue(html.contains("<caption>") && html.contains("scope=\"col\""), "table semantics");
        assertTrue(html.contains("name=\"viewport\""), "responsive");
        assertTrue(html.contains("$100,000 or more"), "the open-ended US price");
        assertTrue(html.contains("class=\"bars\"") && html.contains("<svg aria-hidden=\"true\""), "the chart, its bars hidden from "
                + "screen readers, which read the list's text");
        assertTrue(html.contains("hospital stay, medications, follow-up care"), "inclusions in words");
        assertFalse(html.contains("FOLLOW_UP_CARE") || html.contains("CLINICAL_TRIAL"), "no enum codes");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html.replaceAll(
                "<link rel=\"alternate\"[^>]*>", "").replaceAll("<a href=\"[^\"]*\" target=\"_blank\"", "")).find(),
                "no external scripts, styles or fonts");
        assertTrue(html.contains("postMessage"), "reports its height to the parent");
    }

    @Test
    void shouldFilterByCountryAndRefuseBadInput() {
        String html = given().get("/embed/costs?country=MX&currency=EUR").then().statusCode(200).extract().asString();
        assertEquals(given().queryParam("country", "MX").get("/api/v1/costs").then().statusCode(200).extract().jsonPath()
                .getInt("totalItems"), count(html, "<th scope=\"row\""));
        assertTrue(html.contains("Clinica Ruiz"));
        // no rate for the rouble: the widget says so and shows the prices in their own currencies
        given().get("/embed/costs?currency=RUB&lang=ru").then().statusCode(200)
                .body(containsString("₽")).body(containsString("В данных нет курса для RUB"));
        // a setting it cannot use: a short message in the frame, in its language, with what it accepts; never JSON
        given().get("/embed/costs?country=ZZZ&lang=de").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Unbekannter Wert „ZZZ“ für Land")).body(containsString("MX"))
                .body(containsString("ms-costs:resize"));
        given().get("/embed/costs?currency=XXX&lang=es").then().statusCode(400).body(containsString("Valor desconocido para moneda: «XXX»"))
                .body(containsString("EUR"));
        given().get("/embed/costs?lang=fr").then().statusCode(400).body(containsString("en, es, ru, de"));
        given().get("/embed/costs?theme=neon&therapy=XYZ").then().statusCode(400).body(containsString("light, dark, auto"))
                .body(containsString("HSCT, MSC"));
    }

    @Test
    void shouldOnlyLetTheEmbedPagesBeFramed() throws Exception {
        String policy = given().get("/embed/costs").then().statusCode(200)
                .header("X-Frame-Options", nullValue())
                .extract().header("Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors *"), policy);
        assertTrue(policy.contains("default-src 'none'"), policy);
        // the one inline script is allowed by its hash, nothing else
        Matcher hash = Pattern.compile("'sha256-([^']+)'").matcher(policy);
        assertTrue(hash.find(), policy);
        String html = given().get("/embed/costs").asString();
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(script.find());
        assertEquals(hash.group(1), sha256(script.group(1)));
        for (String path : List.of("/", "/api/v1/costs", "/api/v1", "/oembed?url=" + URLEncoder.encode(embedUrl, StandardCharsets.UTF_8),
                "/q/openapi")) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(200)
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
    }

    @Test
    void shouldServeTheWidgetScript() {
        given().get("/embed/widget.js").then().statusCode(200)
                .contentType(startsWith("text/javascript"))
                .header("Cache-Control", "public, max-age=60")
                .body(containsString("data-ms-costs"))
                .body(containsString("/embed/costs"))
                .body(containsString("ms-costs:resize"));
    }

    @Test
    void shouldAnswerOEmbedForTheWidgetPagesOnly() {
        String url = embedUrl + "?country=MX&currency=EUR";
        given().queryParam("url", url).queryParam("format", "json").queryParam("maxwidth", 400).get("/oembed").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("version", is("1.0"))
                .body("type", is("rich"))
                .body("width", is(400))
                .body("html", containsString("<iframe src=\"" + url.replace("&", "&amp;") + "\""))
                .body("provider_name", not(nullValue()));
        given().queryParam("url", url).queryParam("format", "xml").get("/oembed").then().statusCode(501);
        given().queryParam("url", url).queryParam("format", "csv").get("/oembed").then().statusCode(501);
        given().queryParam("url", "https://elsewhere.example/embed/costs").get("/oembed").then().statusCode(404);
        given().queryParam("url", embedUrl.replace("/embed/costs", "/api/v1/costs")).get("/oembed").then().statusCode(404);
        // the widget page announces its oEmbed endpoint
        given().get("/embed/costs?country=MX").then()
                .body(containsString("<link rel=\"alternate\" type=\"application/json+oembed\""));
    }

    @Test
    void shouldEscapeWhatEditorsWroteInTheOEmbedHtmlAndThePage() {
        var country = WriteBodies.BY_COLLECTION.get("countries");
        given().header("Authorization", country.writer()).contentType("application/json")
                .body(country.with("name", "\"Q\\\" onload=\\\"alert(1)\\\" <b>\"")).post(country.path()).then().statusCode(201);
        String html = given().queryParam("url", embedUrl + "?country=QZ&x=%22%3E%3Cscript%3E").get("/oembed").then().statusCode(200)
                .extract().jsonPath().getString("html");
        assertFalse(html.contains("onload=\""), html);
        assertFalse(html.contains("<b>") || html.contains("<script>") || html.contains("x="), html);
        assertTrue(html.contains("Q&quot; onload=&quot;alert(1)&quot; &lt;b&gt;"), html);
        String page = given().get("/embed/costs?country=QZ").then().statusCode(200).extract().asString();
        assertFalse(page.contains("<b>") || page.contains("onload=\""), "the page escapes it too");
    }

    @Test
    void shouldIntroduceTheServiceOnTheLandingPage() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/q/swagger-ui"))
                .body(containsString("/openapi"))
                .body(containsString("/embed/widget.js"))
                .body(containsString("data-ms-costs"))
                .body(containsString("/embed/costs"));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
