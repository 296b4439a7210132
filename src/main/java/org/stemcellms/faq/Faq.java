package org.stemcellms.faq;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.stemcellms.source.CitedEntity;
import org.stemcellms.therapy.Therapy;

/** A frequently asked question and its answer. */
@Entity
public class Faq extends CitedEntity {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "therapy_code")
    public Therapy therapy;

    public int position;

    public String question;

    public String answer;
}
