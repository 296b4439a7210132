package org.stemcellms.testing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.stemcellms.web.caching.ContentVersion;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Direct looks at the test database: a fingerprint of every table, to prove a refused write changed nothing, and clean-up. */
@ApplicationScoped
public class Database {

    private static final List<String> TABLES = List.of("source", "therapy", "therapy_step", "country", "clinic", "clinic_therapy",
            "cost", "risk", "study", "study_finding", "eligibility_criterion", "eligibility_condition", "faq", "note", "exchange_rate", "trial", "trial_identifier", "trial_status",
            "trial_site", "claim", "claim_evidence",
            "content_version", "change_log");

    private final EntityManager entityManager;
    private final ContentVersion contentVersion;

    Database(EntityManager entityManager, ContentVersion contentVersion) {
        this.entityManager = entityManager;
        this.contentVersion = contentVersion;
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
            int removed = 0;
            removed += execute("delete from claim where id like 'zz-test%' or study_id like 'zz-test%' or risk_id like 'zz-test%'");
            removed += execute("delete from claim_evidence where study_id like 'zz-test%'");
            removed += execute("update study set trial_id = null where trial_id like 'zz-test%' or trial_id in (select id from trial where therapy_code like 'ZZTEST%')");
            removed += execute("delete from trial where id like 'zz-test%' or therapy_code like 'ZZTEST%'");
            removed += execute("delete from trial_site where clinic_id like 'zz-test%' or country_code = 'QZ'");
            removed += execute("delete from cost where id like 'zz-test%' or therapy_code like 'ZZTEST%' or country_code = 'QZ'");
            removed += execute("delete from clinic_therapy where therapy_code like 'ZZTEST%'");
            removed += execute("delete from clinic where id like 'zz-test%' or country_code = 'QZ'");
            for (String table : List.of("risk", "study", "eligibility_criterion", "faq", "note")) {
                removed += execute("delete from " + table + " where id like 'zz-test%' or therapy_code like 'ZZTEST%'");
            }
            removed += execute("delete from country where code = 'QZ'");
            removed += execute("delete from therapy where code like 'ZZTEST%'");
            removed += execute("delete from exchange_rate where currency = 'ZMW'");
            removed += execute("delete from source where id like 'zz-test%'");
            if (removed > 0) {
                // as any write does: cached representations that showed the removed records are stale now
                contentVersion.increase();
            }
        });
    }

    public long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private int execute(String sql) {
        return entityManager.createNativeQuery(sql).executeUpdate();
    }
}
