package org.stemcellms.embed;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.cost.CostRepository;
import org.stemcellms.country.CountryRepository;
import org.stemcellms.country.CountryView;
import org.stemcellms.currency.CurrencyConverter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The page a visitor of the service's root sees: what it is, where its documentation is, how to embed the widget. */
@Path("/")
@Tag(name = "Embedding")
public class LandingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(String base, String firstResponse, List<Option> countries, List<String> currencies);
    }

    /** A choice in the snippet builder. */
    public record Option(String value, String label) {
    }

    private static final String BUILDER_SCRIPT = EmbedResource.resource("embed/landing.js");

    private final CountryRepository countries;
    private final CostRepository costs;
    private final CurrencyConverter converter;
    private final ObjectMapper mapper;

    LandingResource(CountryRepository countries, CostRepository costs, CurrencyConverter converter, ObjectMapper mapper) {
        this.countries = countries;
        this.costs = costs;
        this.converter = converter;
        this.mapper = mapper;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(operationId = "landingPage", summary = "Landing page",
            description = "What the service is, with links to Swagger UI, the OpenAPI document and the API, the widget snippet to "
                    + "copy, and the widget itself as a live example.")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<TemplateInstance> landing(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        // the first request's real answer, as GET /api/v1/countries/MX gives it now
        String firstResponse = countries.findByIdOptional("MX").map(CountryView::from).map(this::pretty).orElse("");
        List<Option> choices = costs.countriesWithCosts(null).stream().map(country -> new Option(country.code(), country.name())).toList();
        return RestResponse.ResponseBuilder.ok(Templates.landing(base, firstResponse, choices, List.copyOf(converter.convertible())))
                .header("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; "
                        + "frame-ancestors 'none'")
                .build();
    }

    @GET
    @Path("landing.js")
    @Produces(EmbedResource.JAVASCRIPT)
    @Operation(operationId = "landingScript", summary = "Snippet builder script",
            description = "The landing page's snippet builder: the snippet and the live preview follow the choices.")
    @APIResponse(responseCode = "200", description = "The script.", content = @Content(mediaType = EmbedResource.JAVASCRIPT,
            schema = @Schema(type = SchemaType.STRING)))
    public String builder() {
        return BUILDER_SCRIPT;
    }

    private String pretty(Object view) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(view);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
