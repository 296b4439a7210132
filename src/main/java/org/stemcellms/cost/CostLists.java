package org.stemcellms.cost;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.stemcellms.currency.Conversion;
import org.stemcellms.currency.CurrencyConverter;
import org.stemcellms.currency.CurrencyParam;
import org.stemcellms.web.query.Page;
import org.stemcellms.web.query.PageParams;
import org.stemcellms.web.query.Pages;
import org.stemcellms.web.query.QueryParameters;

/** A nested list of costs (a country's, a clinic's): its parameters checked first (400), then its owner (404), then the page. */
@ApplicationScoped
public class CostLists {

    private final CostRepository costs;
    private final CurrencyConverter converter;

    CostLists(CostRepository costs, CurrencyConverter converter) {
        this.costs = costs;
        this.converter = converter;
    }

    RestResponse<Page<CostView>> respond(PageParams paging, CostSortParam sort, CurrencyParam currency, Supplier<CostRepository.Filter> owner,
            UriInfo uri) {
        QueryParameters params = new QueryParameters();
        String target = currency.code(params);
        var order = sort.parse(params);
        var page = params.page(paging);
        params.validate();
        Conversion conversion = converter.conversionTo(target);
        return Pages.respond(costs.search(owner.get(), order), page, cost -> CostView.from(cost, conversion), uri);
    }
}
