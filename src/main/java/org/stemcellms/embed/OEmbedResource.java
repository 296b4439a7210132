package org.stemcellms.embed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.ApiSettings;
import org.stemcellms.web.problem.Problem;
import org.stemcellms.web.problem.Problem.FieldError;
import org.stemcellms.web.query.QueryParameters;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** oEmbed (https://oembed.com) for the cost table: a CMS given a widget URL gets the iframe to insert. */
@Path("/oembed")
@Tag(name = "Embedding")
public class OEmbedResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance frame(String src, int width, int height, String title);
    }

    static final int DEFAULT_WIDTH = 640;
    static final int DEFAULT_HEIGHT = 480;

    private final CostTables tables;
    /** Resolved per request: the cache age is runtime configuration. */
    private final Provider<ApiSettings> settings;

    OEmbedResource(CostTables tables, Provider<ApiSettings> settings) {
        this.tables = tables;
        this.settings = settings;
    }

    @Schema(name = "OEmbed", description = "An oEmbed 1.0 response of type rich: the HTML to insert is an iframe of the cost table.")
    public record OEmbed(
            @Schema(required = true, example = "1.0") String version,
            @Schema(required = true, example = "rich") String type,
            @Schema(required = true) @JsonProperty("provider_name") String providerName,
            @Schema(required = true) @JsonProperty("provider_url") String providerUrl,
            @Schema(required = true, example = "What HSCT costs in Mexico") String title,
            @Schema(required = true, description = "The iframe to insert.") String html,
            @Schema(required = true, example = "640") int width,
            @Schema(required = true, example = "480") int height,
            @Schema(required = true, description = "Seconds the response may be cached.", example = "60")
            @JsonProperty("cache_age") long cacheAge) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "oembed", summary = "oEmbed for the cost table",
            description = "For a URL of the cost table page (/embed/costs on this host), the oEmbed response with the iframe to "
                    + "insert. Only the json format exists (501 for others, as the oEmbed specification says); a URL that is "
                    + "not such a page is 404.")
    @APIResponse(responseCode = "200", description = "The oEmbed response (type rich).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OEmbed.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "501", ref = "NotImplemented")
    public OEmbed oembed(
            @QueryParam("url") @Parameter(description = "The cost table page to embed.", required = true,
                    example = "http://localhost:8080/embed/costs?country=MX&currency=EUR") String url,
            @QueryParam("format") @Parameter(description = "The response format; only json.", example = "json",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "json")) String format,
            @QueryParam("maxwidth") @Parameter(description = "The widest the iframe may be, in pixels.", example = "600",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String maxWidth,
            @QueryParam("maxheight") @Parameter(description = "The tallest the iframe may be, in pixels.", example = "400",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String maxHeight,
            @Context UriInfo uri) {
        if (format != null && !format.isBlank() && !format.trim().equalsIgnoreCase("json")) {
            throw new ApiException(501, Problem.ABOUT_BLANK, "Not Implemented", "oEmbed responses exist only in the json format.",
                    List.of());
        }
        QueryParameters params = new QueryParameters();
        params.require(url != null && !url.isBlank(), "url", "is required");
        int width = params.integer("maxwidth", maxWidth, DEFAULT_WIDTH, 1, 10_000);
        int height = params.integer("maxheight", maxHeight, DEFAULT_HEIGHT, 1, 10_000);
        params.validate();
        URI page = embeddablePage(url, uri.getBaseUri());
        Map<String, String> query = QueryString.parse(page.getRawQuery());
        EmbedResource.CostTable table = tables.table(new CostTables.Query(query.get("therapy"), query.get("country"),
                query.get("currency"), query.get("lang"), query.get("locale"), query.get("theme"), query.get("transparent")), null, null,
                uri.getBaseUri().toString().replaceAll("/$", ""));
        if (!table.errors().isEmpty()) {
            throw notEmbeddable(url);
        }
        int frameWidth = Math.min(width, DEFAULT_WIDTH);
        int frameHeight = Math.min(height, DEFAULT_HEIGHT);
        // Qute escapes what it inserts for an HTML attribute: titles hold country names that editors write
        String html = Templates.frame(frameSource(uri.getBaseUri(), query), frameWidth, frameHeight, table.title()).render().strip();
        return new OEmbed("1.0", "rich", "Stem-cell therapy for MS: data API", uri.getBaseUri().toString(), table.title(), html,
                frameWidth, frameHeight, settings.get().cacheMaxAge().toSeconds());
    }

    /** The page to frame, rebuilt from the parameters the table understands: nothing else of the caller's URL passes through. */
    private static String frameSource(URI base, Map<String, String> query) {
        StringBuilder source = new StringBuilder(base.resolve("embed/costs").toString());
        char separator = '?';
        for (String name : List.of("therapy", "country", "currency", "lang", "locale", "theme", "transparent")) {
            String value = query.get(name);
            if (value != null && !value.isBlank()) {
                source.append(separator).append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return source.toString();
    }

    /** The URL, if it is a cost table page of this very host; 404 otherwise. */
    private static URI embeddablePage(String url, URI base) {
        try {
            URI page = URI.create(url.trim());
            boolean sameHost = page.getScheme() != null && page.getScheme().matches("https?")
                    && base.getHost().equalsIgnoreCase(page.getHost()) && effectivePort(base) == effectivePort(page);
            if (sameHost && "/embed/costs".equals(page.getPath())) {
                return page;
            }
        } catch (IllegalArgumentException e) {
            // not a URL at all: no page of ours
        }
        throw notEmbeddable(url);
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static ApiException notEmbeddable(String url) {
        return new ApiException(404, Problem.ABOUT_BLANK, "Not Found", "No embeddable page of this service is at " + url
                + "; oEmbed covers the cost table pages, /embed/costs on this host.", List.<FieldError>of());
    }
}
