package org.stemcellms.web.query;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * A collection query as {@link Pages} reads it: the rows of one page, in order, and a count that stops at a limit, so
 * that a filter matching 90,000 rows costs as little to count as one matching 10,000 (PostgreSQL stops reading there).
 */
public final class Listing<E> {

    /** The entity a repository serves, from its declaration ({@code implements PanacheRepositoryBase<Cost, String>}). */
    private static final ClassValue<String> ENTITY_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> repository) {
            for (Class<?> type = repository; type != null; type = type.getSuperclass()) {
                for (Type declared : type.getGenericInterfaces()) {
                    if (declared instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                            && PanacheRepositoryBase.class.isAssignableFrom(raw)
                            && parameterized.getActualTypeArguments()[0] instanceof Class<?> entity) {
                        return entity.getSimpleName();
                    }
                }
            }
            throw new IllegalArgumentException(repository + " does not declare the entity it serves");
        }
    };

    private final PanacheRepositoryBase<E, ?> repository;
    private final String where;
    private final Map<String, Object> parameters;
    private final Sort sort;

    Listing(PanacheRepositoryBase<E, ?> repository, String where, Map<String, Object> parameters, Sort sort) {
        this.repository = repository;
        this.where = where;
        this.parameters = parameters;
        this.sort = sort;
    }

    public PanacheQuery<E> query() {
        return where.isEmpty() ? repository.findAll(sort) : repository.find(where, sort, parameters);
    }

    /** Every row, in order: for the few lists that are not paged (a widget's table). */
    public List<E> list() {
        return query().list();
    }

    /** Up to {@code count} rows from row {@code offset} (0-based), in order. */
    List<E> rows(int offset, int count) {
        return query().range(offset, offset + count - 1).list();
    }

    /**
     * The number of rows, counted up to {@code limit}: the exact number when it is below the limit, the limit itself
     * otherwise. The ORDER BY of a constant is what HQL asks of a limited subquery; PostgreSQL drops it.
     */
    long countUpTo(long limit) {
        String hql = "select count(*) from (select 1 as one from " + ENTITY_NAMES.get(repository.getClass())
                + (where.isEmpty() ? "" : " where " + where) + " order by one limit " + limit + ") counted";
        TypedQuery<Long> count = repository.getEntityManager().createQuery(hql, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }
}
