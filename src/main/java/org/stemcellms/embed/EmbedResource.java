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
    public RestResponse<TemplateInstance> costs(
            @QueryParam("therapy") @Parameter(description = "The therapy (its code); HSCT when absent.", example = "HSCT") String therapy,
            @QueryParam("country") @Parameter(description = "Only this country (ISO 3166-1 alpha-2 code); every country when absent.",
                    example = "MX") String country,
            @QueryParam("currency") @Parameter(description = "Also show every price in this currency (ISO 4217 code).", example = "EUR",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{3}$")) String currency,
            @Context UriInfo uri) {
        String page = uri.getRequestUri().toString();
        String oembed = uri.getBaseUriBuilder().path("oembed").build() + "?format=json&url="
                + URLEncoder.encode(page, StandardCharsets.UTF_8);
        CostTable table = tables.table(therapy, country, currency, oembed, RESIZE_SCRIPT);
        return RestResponse.ResponseBuilder.ok(Templates.costs(table))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
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

    private static String resource(String name) {
        try (InputStream in = EmbedResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the cost table page shows. */
    public record CostTable(String title, String therapyName, List<Row> rows, String conversion, String advice, String adviceSource,
            String oembedUrl, String script) {
    }

    /** One cost record as a row. */
    public record Row(String country, String clinic, String setting, String price, String converted, String includes, String reviewedOn,
            String source, String sourceUrl) {
    }
}
