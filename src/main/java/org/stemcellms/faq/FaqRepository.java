package org.stemcellms.faq;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FaqRepository implements PanacheRepositoryBase<Faq, String> {

    public static final Sorting SORTING = Sorting.of("id", "position", "position", "position", "question", "question");

    public Listing<Faq> search(String therapyCode, String q, Sort sort) {
        return new Where()
                .equal("therapy.code", "therapy", therapyCode)
                .matches("faq_search", q)
                .find(this, sort);
    }
}
