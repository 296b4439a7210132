package org.stemcellms.change;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Sorting;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ChangeRepository implements PanacheRepositoryBase<Change, Long> {

    /** Newest first by default. */
    public static final Sorting SORTING = Sorting.of("id", "-occurredAt", "occurredAt", "id");

    /** The filters of the audit trail; null means "any". The time range includes from and excludes to. */
    public record Filter(String resource, String resourceId, String author, Instant from, Instant to) {
    }

    public Listing<Change> search(Filter filter, Sort sort) {
        return new Where()
                .equal("resource", "resource", filter.resource())
                .equal("resourceId", "resourceId", filter.resourceId())
                .equal("author", "author", filter.author())
                .and("occurredAt >= :from", "from", filter.from())
                .and("occurredAt < :to", "to", filter.to())
                .find(this, sort);
    }
}
