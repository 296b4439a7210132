package org.stemcellms.editing;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem.FieldError;

/**
 * Resolves the records an input refers to (a clinic's country, a cost's clinic...), collecting every
 * unknown one so that a single 422 problem names them all.
 */
public final class References {

    private final EntityManager entityManager;
    private final List<FieldError> unknown = new ArrayList<>();

    References(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The referenced record, or null (and an error) when none has this id; null when the id is null. */
    public <T> T find(Class<T> type, String id, String field) {
        if (id == null) {
            return null;
        }
        T found = entityManager.find(type, id);
        if (found == null) {
            unknown.add(new FieldError(field, "refers to no existing record: '" + id + "'"));
        }
        return found;
    }

    /**
     * Checks a reference to a row of another package's table by its id, where importing that package's entity would make
     * the packages depend on each other (a study names its trial; the trial lists its studies). Only that table is
     * synchronised, so the query flushes nothing of the record being written.
     */
    public void requireRow(String table, String id, String field) {
        if (id == null) {
            return;
        }
        Number count = (Number) entityManager.createNativeQuery("select count(*) from " + table + " where id = ?1")
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace(table)
                .setParameter(1, id).getSingleResult();
        if (count.intValue() == 0) {
            unknown.add(new FieldError(field, "refers to no existing record: '" + id + "'"));
        }
    }

    /** Records a reference that exists but cannot be used here (a clinic in another country...). */
    public void reject(String field, String message) {
        unknown.add(new FieldError(field, message));
    }

    void check() {
        if (!unknown.isEmpty()) {
            throw new ApiException(422, ApiException.UNKNOWN_REFERENCE, "Unknown reference",
                    unknown.size() == 1 ? "1 reference cannot be resolved." : unknown.size() + " references cannot be resolved.",
                    unknown);
        }
    }
}
