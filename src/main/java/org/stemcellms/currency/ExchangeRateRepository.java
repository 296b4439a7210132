package org.stemcellms.currency;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ExchangeRateRepository implements PanacheRepositoryBase<ExchangeRate, String> {

    public static final Sorting SORTING = Sorting.of("currency", "currency", "currency", "currency");

    public Listing<ExchangeRate> all(Sort sort) {
        return new Where().find(this, sort);
    }
}
