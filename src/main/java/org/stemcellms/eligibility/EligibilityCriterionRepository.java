package org.stemcellms.eligibility;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EligibilityCriterionRepository implements PanacheRepositoryBase<EligibilityCriterion, String> {

    /** The default order is the source's: favourable criteria first, each kind in its listed order. */
    public static final Sorting SORTING = Sorting.of("id", "position", "position", "kind, position", "text", "text");

    /** The filters of the criteria collection; null means "any". */
    public record Filter(String therapyCode, CriterionKind kind, String q) {
    }

    public Listing<EligibilityCriterion> search(Filter filter, Sort sort) {
        return new Where()
                .equal("therapy.code", "therapy", filter.therapyCode())
                .equal("kind", "kind", filter.kind())
                .matches("eligibility_criterion_search", filter.q())
                .find(this, sort);
    }
}
