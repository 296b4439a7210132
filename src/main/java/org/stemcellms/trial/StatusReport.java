package org.stemcellms.trial;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A status as one page showed it, on the date the page gives (none where the page shows no date). */
@Embeddable
public class StatusReport {

    public int position;

    @Enumerated(EnumType.STRING)
    public TrialStatus status;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "source_id")
    public String sourceId;
}
