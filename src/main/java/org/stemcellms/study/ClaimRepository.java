package org.stemcellms.study;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, String> {

    public static final Sorting SORTING = Sorting.of("id", "id", "id", "id", "verdict", "verdict");

    /** The filters of the claim collection; null means "any". */
    public record Filter(String studyId, String riskId, Verdict verdict, String sourceId) {
    }

    public Listing<Claim> search(Filter filter, Sort sort) {
        return new Where()
                .equal("study.id", "study", filter.studyId())
                .equal("risk.id", "risk", filter.riskId())
                .equal("verdict", "verdict", filter.verdict())
                .equal("source.id", "source", filter.sourceId())
                .find(this, sort);
    }
}
