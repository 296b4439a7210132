package org.stemcellms.source;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {

    public Listing<Source> search(SourceKind kind, String q, Sort sort) {
        return new Where()
                .equal("kind", "kind", kind)
                .matches("source_search", q)
                .find(this, sort);
    }
}
