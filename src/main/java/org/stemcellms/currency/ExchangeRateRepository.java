package org.stemcellms.currency;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Sorting;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ExchangeRateRepository implements PanacheRepositoryBase<ExchangeRate, String> {

    public static final Sorting SORTING = Sorting.of("currency", "currency", "currency", "currency");

    public PanacheQuery<ExchangeRate> all(Sort sort) {
        return findAll(sort);
    }
}
