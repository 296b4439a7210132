package org.stemcellms.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stemcellms.api.ApiIndex.ResourceLink;
import org.stemcellms.web.Api;

@Path(Api.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Index", description = "The entry point: what the API offers, with links.")
public class ApiIndexResource {

    private static final ApiIndex INDEX = new ApiIndex(
            "Stem-cell therapy for MS: data API",
            "Curated, cited data about stem-cell therapy for multiple sclerosis (HSCT and MSC). Every record names its source and "
                    + "the date it was last reviewed. Informational only, not medical advice.",
            "1",
            List.of(
                    link("therapies", "/therapies", "HSCT and MSC: how they work, how established, recovery, pros and cons."),
                    link("countries", "/countries", "Where HSCT is offered and how it is accessed; each country's clinics and costs."),
                    link("clinics", "/clinics", "Treatment centres, their country and the therapies they offer; each clinic's costs."),
                    link("costs", "/costs", "Price ranges per country and clinic, with what they include."),
                    link("risks", "/risks", "Risks and side effects, with severity, frequency and incidence."),
                    link("studies", "/studies", "The research, such as the MIST trial, with structured findings from its publication."),
                    link("trials", "/trials", "Registered trials (NCT, ISRCTN, EudraCT...): design, status, eligibility, sites."),
                    link("claims", "/claims", "The article's claims checked against the primary publications."),
                    link("eligibility-criteria", "/eligibility-criteria", "Who is, and is not, a typical candidate."),
                    link("faqs", "/faqs", "Frequently asked questions and answers."),
                    link("notes", "/notes", "Background, advice, emotional health and outlook."),
                    link("sources", "/sources", "The article and the references every record cites."),
                    link("exchange-rates", "/exchange-rates", "The rates prices are converted with (ECB reference rates).")),
            List.of(
                    new ResourceLink("openapi", "/q/openapi", "The OpenAPI 3.0 document (YAML; add ?format=json for JSON)."),
                    new ResourceLink("swagger-ui", "/q/swagger-ui", "Interactive documentation."),
                    new ResourceLink("health", "/q/health", "Liveness and readiness, including the database."),
                    new ResourceLink("cost-summary", Api.BASE + "/costs/summary", "Costs compared by country, in any currency."),
                    new ResourceLink("widget", "/embed/widget.js", "The script that embeds the cost table in a partner's page.")));

    @GET
    @Operation(operationId = "getApiIndex", summary = "API index",
            description = "Lists the API's collections, each with its path, and the documentation endpoints.")
    public ApiIndex index() {
        return INDEX;
    }

    private static ResourceLink link(String name, String path, String description) {
        return new ResourceLink(name, Api.BASE + path, description);
    }
}
