package org.stemcellms.country;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    public static final Sorting SORTING = Sorting.of("code", "name", "code", "code", "name", "name").withRequired("code", "name");

    public Listing<Country> search(HsctAccess access, String q, Sort sort) {
        return new Where()
                .equal("hsctAccess", "access", access)
                .matches("country_search", q)
                .find(this, sort);
    }
}
