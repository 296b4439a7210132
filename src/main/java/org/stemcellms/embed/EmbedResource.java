package org.stemcellms.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.web.ApiSettings;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The embeddable cost table, and the script that embeds it in a partner's page. */
@Path("/embed")
@Tag(name = "Embedding", description = "For partner sites: the cost table as a self-contained page to frame, the script that "
        + "frames it from one tag, and oEmbed for content management systems.")
public class EmbedResource {

    public static final String JAVASCRIPT = "text/javascript";

    /** Tells the framing page how tall the table is, so its iframe fits without scroll bars. */
    static final String RESIZE_SCRIPT = "(function(){function h(){parent.postMessage({type:\"ms-costs:resize\",height:"
            + "Math.ceil(document.documentElement.getBoundingClientRect().height)},\"*\")}window.addEventListener(\"load\",h);"
            + "if(window.ResizeObserver){new ResizeObserver(h).observe(document.body)}})();";
    private static final String RESIZE_SCRIPT_HASH = sha256(RESIZE_SCRIPT);
    private static final String WIDGET_SCRIPT = resource("embed/widget.js");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance costs(CostTable table);
    }

    private final CostTables tables;
    /** Resolved per request: the frame-ancestors setting is runtime configuration. */
    private final Provider<ApiSettings> settings;

    EmbedResource(CostTables tables, Provider<ApiSettings> settings) {
        this.tables = tables;
        this.settings = settings;
    }

    @GET
    @Path("costs")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(operationId = "embedCosts", summary = "Cost table to embed",
            description = "A self-contained, responsive HTML page (no external scripts, fonts or styles) with the cost table: ranges, "
                    + "converted figures, what is included, review dates and sources, and the advice to confirm prices with the "
                    + "clinic. Any site may frame it (Content-Security-Policy frame-ancestors, stemcellms.embed.frame-ancestors); it "
                    + "posts its height to the parent page ({type: \"ms-costs:resize\", height}).")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A setting it cannot use: a short page, in the widget's language, naming it "
            + "with the accepted values; it sizes its frame like the widget.", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<TemplateInstance> costs(
            @QueryParam("therapy") @Parameter(description = "The therapy (its code); HSCT when absent.", example = "HSCT") String therapy,
            @QueryParam("country") @Parameter(description = "Only this country (ISO 3166-1 alpha-2 code); every country when absent.",
                    example = "MX") String country,
            @QueryParam("currency") @Parameter(description = "The headline currency (ISO 4217 code) the chart and prices are shown in, "
                    + "USD when absent; the original figure stays beside it. A currency without an exchange rate in the data shows "
                    + "every price in its own currency, and says so.", example = "EUR",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{3}$")) String currency,
            @QueryParam("lang") @Parameter(description = "The language of the widget's own words: en (default), es, ru or de. The "
                    + "data's names and notes stay as their sources wrote them.", example = "es",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "en", "es", "ru", "de" })) String lang,
            @QueryParam("locale") @Parameter(description = "The number and date format, as a BCP 47 tag (es-ES, de-CH); the language's "
                    + "when absent.", example = "es-ES") String locale,
            @QueryParam("theme") @Parameter(description = "light (default), dark, or auto (follows the reader's prefers-color-scheme).",
                    example = "dark", schema = @Schema(type = SchemaType.STRING, enumeration = { "light", "dark", "auto" })) String theme,
            @QueryParam("transparent") @Parameter(description = "true: no background of its own, the partner page's shows through.",
                    example = "false", schema = @Schema(type = SchemaType.BOOLEAN)) String transparent,
            @Context UriInfo uri) {
        String page = uri.getRequestUri().toString();
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        String oembed = base + "/oembed?format=json&url=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
        CostTable table = tables.table(new CostTables.Query(therapy, country, currency, lang, locale, theme, transparent), oembed,
                RESIZE_SCRIPT, base);
        // a setting it cannot use is a short message in the frame, in the widget's language: never raw JSON in a partner's page
        return RestResponse.ResponseBuilder.create(table.errors().isEmpty() ? RestResponse.Status.OK : RestResponse.Status.BAD_REQUEST,
                Templates.costs(table))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-"
                        + RESIZE_SCRIPT_HASH + "'; base-uri 'none'; form-action 'none'; frame-ancestors "
                        + settings.get().embed().frameAncestors())
                .build();
    }

    @GET
    @Path("widget.js")
    @Produces(JAVASCRIPT)
    @Operation(operationId = "embedWidgetScript", summary = "Widget script",
            description = "Add it with one script tag; it turns every `<div data-ms-costs data-country=\"MX\" data-currency=\"EUR\">` "
                    + "(data-therapy optional) into an iframe of the cost table that keeps itself sized to its content.")
    @APIResponse(responseCode = "200", description = "The script.", content = @Content(mediaType = JAVASCRIPT,
            schema = @Schema(type = SchemaType.STRING)))
    public String widget() {
        return WIDGET_SCRIPT;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = EmbedResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the widget page shows; {@code errors} non-empty: only them, in the widget's language. */
    public record CostTable(String lang, WidgetLanguage.Words words, String theme, boolean transparent, String title, String therapyName,
            String currency, String currencySymbol, List<Bar> bars, List<Row> rows, List<String> rates, String staleRates, String noRate,
            List<SourceLink> sources, String csvUrl, String jsonUrl, String dataDate, String serviceUrl, String advice, String adviceSource,
            String oembedUrl, String script, List<String> errors) {

        static CostTable failed(String lang, WidgetLanguage.Words words, String theme, boolean transparent, List<String> errors,
                String serviceUrl, String script) {
            return new CostTable(lang, words, List.of("light", "dark", "auto").contains(theme) ? theme : "light", transparent,
                    words.errorTitle(), null, null, null, List.of(), List.of(), List.of(), null, null, List.of(), null, null, null,
                    serviceUrl, null, null, null, script, errors);
        }
    }

    /**
     * One range bar, in percent of the track: where it starts, how long its stated range is, and for an open-ended one
     * how far its dashed continuation runs (to the edge).
     */
    public record Bar(String label, boolean centre, double start, double width, boolean openEnded, double openWidth, String text) {

        /** Where the dashed continuation starts. */
        public double openStart() {
            return Math.round((start + width) * 100) / 100.0;
        }
    }

    /** One price observation as a row: the headline figure in the chosen currency, the source's own figure beside it. */
    public record Row(String country, String clinic, String setting, String price, String original, String includes, String reviewed,
            String source, String sourceUrl) {
    }

    /** A source, linked where it has an address. */
    public record SourceLink(String title, String url) {
    }
}
