package org.stemcellms.risk;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RiskRepository implements PanacheRepositoryBase<Risk, String> {

    /** Incidence sorts on the upper figure; risks without a figure sort last. */
    public static final Sorting SORTING = Sorting.of("id", "name", "name", "name", "category", "category",
            "incidence", "incidenceMaxPercent");

    /** The filters of the risk collection; null means "any". */
    public record Filter(String therapyCode, RiskCategory category, Severity severity, Frequency frequency, String q) {
    }

    public Listing<Risk> search(Filter filter, Sort sort) {
        return new Where()
                .equal("therapy.code", "therapy", filter.therapyCode())
                .equal("category", "category", filter.category())
                .equal("severity", "severity", filter.severity())
                .equal("frequency", "frequency", filter.frequency())
                .matches("risk_search", filter.q())
                .find(this, sort);
    }
}
