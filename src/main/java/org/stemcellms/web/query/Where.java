package org.stemcellms.web.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Builds the where clause of a collection query from the filters a request actually set. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause}, which refers to {@code :name}, when {@code value} is set. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    public Where equal(String path, String name, Object value) {
        return and(path + " = :" + name, name, value);
    }

    /**
     * PostgreSQL full-text search (English stemming, web-search syntax) over a generated, GIN-indexed
     * {@code tsvector} column, e.g. {@code clinic_search} (see {@link SqlFunctions#textSearch}).
     */
    public Where matches(String searchColumn, String q) {
        return and(SqlFunctions.textSearch(searchColumn, "q"), "q", q);
    }

    /** The query of {@code repository}'s entities that this clause selects, in {@code sort} order. */
    public <E> Listing<E> find(PanacheRepositoryBase<E, ?> repository, Sort sort) {
        return new Listing<>(repository, String.join(" and ", clauses), Map.copyOf(parameters), sort);
    }
}
