package org.stemcellms.web.caching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * A number every committed write increases (table content_version, one row). Writers take its row lock
 * in their own transaction, so versions follow commit order. The ETags and the response cache of public
 * representations are derived from it, so every public GET needs it: it is held in memory and kept
 * current without a query per request.
 * <ul>
 * <li>A write on this instance sets it when its transaction commits, before the writer gets its answer:
 * whoever wrote reads their write at once.</li>
 * <li>Every write also sends {@code NOTIFY content_version} in its transaction, which PostgreSQL delivers on
 * commit; each instance LISTENs on a connection of its own and, on a notification, reads the version again,
 * a few milliseconds after the commit on another instance.</li>
 * <li>The listener also reads the version itself every half second: a real round trip, so a connection that
 * died silently (a half-open TCP flow) cannot pass for a quiet one.</li>
 * <li>While that listener is not connected (at start, during a database outage), or its last successful
 * read is more than a second old, every request reads the version from the database, as without it.</li>
 * </ul>
 */
@ApplicationScoped
public class ContentVersion {

    private static final Logger LOG = Logger.getLogger(ContentVersion.class);
    private static final String CHANNEL = "content_version";
    private static final String READ = "select version from content_version where id = 1";
    /** How long the listener's last successful read stays good: it reads every half second. */
    private static final long FRESH_NANOS = 1_000_000_000L;
    private static final long READ_EVERY_NANOS = 500_000_000L;

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong known = new AtomicLong(Long.MIN_VALUE);
    private volatile long heardAt;
    private volatile boolean running;
    private Thread listener;

    ContentVersion(EntityManager entityManager, DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** The last committed version: from memory while the listener is live, from the database otherwise. */
    public long current() {
        OptionalLong version = inMemory();
        if (version.isPresent()) {
            return version.getAsLong();
        }
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the content version", e);
        }
    }

    /** The last committed version while the listener is live (no database needed), else empty. */
    public OptionalLong inMemory() {
        long version = known.get();
        return version != Long.MIN_VALUE && heardAt != 0 && System.nanoTime() - heardAt < FRESH_NANOS ? OptionalLong.of(version)
                : OptionalLong.empty();
    }

    /** Increases the version in the caller's transaction; public for the tests' clean-up, which deletes rows directly. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void increase() {
        long version = ((Number) entityManager.createNativeQuery(
                "update content_version set version = version + 1 where id = 1 returning version").getSingleResult()).longValue();
        entityManager.createNativeQuery("select pg_notify('" + CHANNEL + "', cast(?1 as text))").setParameter(1, version)
                .getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    known.accumulateAndGet(version, Math::max);
                }
            }
        });
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "content-version-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                long readAt = 0;
                while (running) {
                    var arrived = notifications.getNotifications(100);
                    long now = System.nanoTime();
                    // the payload is not trusted: a notification only says "read it again"
                    if ((arrived != null && arrived.length > 0) || now - readAt >= READ_EVERY_NANOS) {
                        // versions only grow: never below what a local commit has already set
                        known.accumulateAndGet(read(connection), Math::max);
                        readAt = now;
                        heardAt = readAt;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.debugf("Content version listener lost the database (%s); retrying", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private static long read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(READ); ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
