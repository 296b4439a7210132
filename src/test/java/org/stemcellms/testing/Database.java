package org.stemcellms.testing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Direct looks at the test database: a fingerprint of every table, to prove a refused write changed nothing, and clean-up. */
@ApplicationScoped
public class Database {

    private static final List<String> TABLES = List.of("source", "therapy", "therapy_step", "country", "clinic", "clinic_therapy",
            "cost", "risk", "study", "study_finding", "eligibility_criterion", "eligibility_condition", "faq", "note", "exchange_rate",
            "content_version", "change_log");

    private final EntityManager entityManager;

    Database(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A digest of every row of every table: equal fingerprints mean nothing was written. */
    public String fingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder digest = new StringBuilder();
            for (String table : TABLES) {
                digest.append(table).append('=').append(entityManager
                        .createNativeQuery("select coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from " + table + " t")
                        .getSingleResult()).append(';');
            }
            return digest.toString();
        });
    }

    /** Removes every record the write tests create: ids starting zz-test, codes starting ZZTEST, the country QZ, the rate ZMW. */
    public void removeTestRecords() {
        QuarkusTransaction.requiringNew().run(() -> {
            execute("delete from cost where id like 'zz-test%' or therapy_code like 'ZZTEST%' or country_code = 'QZ'");
            execute("delete from clinic_therapy where therapy_code like 'ZZTEST%'");
            execute("delete from clinic where id like 'zz-test%' or country_code = 'QZ'");
            for (String table : List.of("risk", "study", "eligibility_criterion", "faq", "note")) {
                execute("delete from " + table + " where id like 'zz-test%' or therapy_code like 'ZZTEST%'");
            }
            execute("delete from country where code = 'QZ'");
            execute("delete from therapy where code like 'ZZTEST%'");
            execute("delete from exchange_rate where currency = 'ZMW'");
            execute("delete from source where id like 'zz-test%'");
        });
    }

    public long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private void execute(String sql) {
        entityManager.createNativeQuery(sql).executeUpdate();
    }
}
