package org.stemcellms.therapy;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.query.Listing;
import org.stemcellms.web.query.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TherapyRepository implements PanacheRepositoryBase<Therapy, String> {

    public Listing<Therapy> search(EvidenceLevel evidenceLevel, Boolean chemotherapy, String q, Sort sort) {
        return new Where()
                .equal("evidenceLevel", "evidenceLevel", evidenceLevel)
                .equal("involvesChemotherapy", "chemotherapy", chemotherapy)
                .matches("therapy_search", q)
                .find(this, sort);
    }
}
