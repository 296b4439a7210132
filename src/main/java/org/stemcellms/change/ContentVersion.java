package org.stemcellms.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A number every committed write increases (table content_version, one row). Writers take its row lock
 * in their own transaction, so versions follow commit order; readers see the last committed one. The
 * ETags of public representations are derived from it.
 */
@ApplicationScoped
public class ContentVersion {

    private final EntityManager entityManager;

    ContentVersion(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long current() {
        return ((Number) entityManager.createNativeQuery("select version from content_version where id = 1").getSingleResult())
                .longValue();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void increase() {
        entityManager.createNativeQuery("update content_version set version = version + 1 where id = 1").executeUpdate();
    }
}
