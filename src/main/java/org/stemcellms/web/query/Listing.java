package org.stemcellms.web.query;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.panache.hibernate.common.runtime.PanacheJpaUtil;

/**
 * A collection query as {@link Pages} reads it: the rows of one page, in order, and a count that stops at a limit, so
 * that a filter matching 90,000 rows costs as little to count as one matching 10,000 (PostgreSQL stops reading there).
 * <p>
 * Each HQL string is parsed by one request at a time the first time. Hibernate parses a string once and keeps its
 * interpretation, but until that first parse ends every request with the same string parses it too, and parsing is
 * costly: the count's derived table takes about 40 ms of CPU and megabytes of parser state, a second with a cold
 * parser (a {@code sql()} predicate as much again, hence {@link SqlFunctions}). 64 concurrent first requests on a new
 * replica held 600 MiB of parser state and left a 320 MiB heap collecting garbage without end. Only the parse waits,
 * not the statement: no connection is held while waiting.
 */
public final class Listing<E> {

    /** The entity a repository serves, from its declaration ({@code implements PanacheRepositoryBase<Cost, String>}). */
    private static final ClassValue<Class<?>> ENTITIES = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> repository) {
            for (Class<?> type = repository; type != null; type = type.getSuperclass()) {
                for (Type declared : type.getGenericInterfaces()) {
                    if (declared instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                            && PanacheRepositoryBase.class.isAssignableFrom(raw)
                            && parameterized.getActualTypeArguments()[0] instanceof Class<?> entity) {
                        return entity;
                    }
                }
            }
            throw new IllegalArgumentException(repository + " does not declare the entity it serves");
        }
    };

    /** As many as Hibernate keeps interpretations of ({@code quarkus.hibernate-orm.query.query-plan-cache-max-size}). */
    private static final int PARSED_KEPT = 2048;

    /** The HQL strings parsed on this instance. */
    private static final Set<String> PARSED = ConcurrentHashMap.newKeySet();

    /** Held while a string is parsed for the first time. */
    private static final Object FIRST_PARSE = new Object();

    private final PanacheRepositoryBase<E, ?> repository;
    private final Class<E> entity;
    private final String where;
    private final Map<String, Object> parameters;
    private final Sort sort;

    @SuppressWarnings("unchecked")
    Listing(PanacheRepositoryBase<E, ?> repository, String where, Map<String, Object> parameters, Sort sort) {
        this.repository = repository;
        this.entity = (Class<E>) ENTITIES.get(repository.getClass());
        this.where = where;
        this.parameters = parameters;
        this.sort = sort;
    }

    /** Every row, in order: for the few lists that are not paged (a widget's table). */
    public List<E> list() {
        return query(rowsHql(), entity).getResultList();
    }

    /** Up to {@code count} rows from row {@code offset} (0-based), in order. */
    List<E> rows(int offset, int count) {
        return query(rowsHql(), entity).setFirstResult(offset).setMaxResults(count).getResultList();
    }

    /**
     * The number of rows, counted up to {@code limit}: the exact number when it is below the limit, the limit itself
     * otherwise. The ORDER BY of a constant is what HQL asks of a limited subquery; PostgreSQL drops it.
     */
    long countUpTo(long limit) {
        return query("select count(*) from (select 1 as one from " + entity.getSimpleName() + whereClause()
                + " order by one limit " + limit + ") counted", Long.class).getSingleResult();
    }

    /** The HQL Panache's {@code find(where, sort, parameters)} would run. */
    private String rowsHql() {
        return "from " + entity.getSimpleName() + whereClause() + (sort == null ? "" : PanacheJpaUtil.toOrderBy(sort));
    }

    private String whereClause() {
        return where.isEmpty() ? "" : " where " + where;
    }

    /**
     * The query of an HQL string with this listing's parameters bound; the string parsed alone if it is new. Read-only:
     * a listing is read to be shown, so Hibernate keeps no snapshot of its entities to compare at a flush.
     */
    private <T> TypedQuery<T> query(String hql, Class<T> type) {
        TypedQuery<T> query = PARSED.contains(hql) ? repository.getEntityManager().createQuery(hql, type) : parseAlone(hql, type);
        parameters.forEach(query::setParameter);
        return query.setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    /** Forgets which strings were parsed, as a new instance knows none (for tests). */
    static void forgetParsed() {
        PARSED.clear();
    }

    private <T> TypedQuery<T> parseAlone(String hql, Class<T> type) {
        synchronized (FIRST_PARSE) {
            TypedQuery<T> query = repository.getEntityManager().createQuery(hql, type);
            if (PARSED.size() >= PARSED_KEPT) {
                PARSED.clear();
            }
            PARSED.add(hql);
            return query;
        }
    }
}
