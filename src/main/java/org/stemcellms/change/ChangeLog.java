package org.stemcellms.change;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.stemcellms.web.caching.ContentVersion;

/**
 * Records writes in the audit trail, inside the transaction of the write itself, so a failed write leaves no
 * entry; and moves the content version on, so every cached representation is known stale at once.
 */
@ApplicationScoped
public class ChangeLog {

    private static final Logger LOG = Logger.getLogger(ChangeLog.class);

    private final ContentVersion contentVersion;

    ChangeLog(ContentVersion contentVersion) {
        this.contentVersion = contentVersion;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Instant at, String author, String resource, String resourceId, ChangeAction action, String before,
            String after) {
        Change change = new Change();
        change.occurredAt = at;
        change.author = author;
        change.resource = resource;
        change.resourceId = resourceId;
        change.action = action;
        change.before = before;
        change.after = after;
        change.persist();
        contentVersion.increase();
        LOG.infof("%s %s/%s by %s", action, resource, resourceId, author);
    }
}
