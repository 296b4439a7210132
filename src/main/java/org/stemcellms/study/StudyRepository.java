package org.stemcellms.study;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StudyRepository implements PanacheRepositoryBase<Study, String> {

    public static final Sorting SORTING = Sorting.of("id", "year", "year", "publishedYear", "title", "title");

    /** The filters of the study collection; null means "any". */
    public record Filter(String therapyCode, StudyKind kind, Integer year, String q) {
    }

    public Listing<Study> search(Filter filter, Sort sort) {
        return new Where()
                .equal("therapy.code", "therapy", filter.therapyCode())
                .equal("kind", "kind", filter.kind())
                .equal("publishedYear", "year", filter.year())
                .matches("study_search", filter.q())
                .find(this, sort);
    }
}
