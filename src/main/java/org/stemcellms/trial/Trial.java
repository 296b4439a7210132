package org.stemcellms.trial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stemcellms.source.CitedEntity;
import org.stemcellms.study.Study;
import org.stemcellms.therapy.Therapy;

/** A registered clinical trial of a therapy, as its registry records and trial pages state it. */
@Entity
public class Trial extends CitedEntity {

    @Id
    public String id;

    public String title;

    public String acronym;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapy_code")
    public Therapy therapy;

    @Enumerated(EnumType.STRING)
    public TrialPhase phase;

    public Boolean randomised;

    @Enumerated(EnumType.STRING)
    public Masking masking;

    public String design;

    public String comparator;

    @Column(name = "target_enrolment")
    public Integer targetEnrolment;

    @Column(name = "actual_enrolment")
    public Integer actualEnrolment;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "country_codes")
    public List<String> countryCodes = new ArrayList<>();

    public String sponsor;

    @Column(name = "start_date")
    public String startDate;

    /** The newest dated report's status (the first report's where none is dated), kept by the write pipeline. */
    @Enumerated(EnumType.STRING)
    public TrialStatus status;

    @Column(name = "status_as_of")
    public LocalDate statusAsOf;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ms_types")
    public List<String> msTypes = new ArrayList<>();

    @Column(name = "age_min")
    public Integer ageMin;

    @Column(name = "age_max")
    public Integer ageMax;

    @Column(name = "edss_min")
    public BigDecimal edssMin;

    @Column(name = "edss_max")
    public BigDecimal edssMax;

    @ElementCollection
    @CollectionTable(name = "trial_identifier", joinColumns = @JoinColumn(name = "trial_id"))
    @OrderBy("position")
    public List<TrialIdentifier> identifiers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "trial_status", joinColumns = @JoinColumn(name = "trial_id"))
    @OrderBy("position")
    public List<StatusReport> statusReports = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "trial_site", joinColumns = @JoinColumn(name = "trial_id"))
    @OrderBy("position")
    public List<TrialSite> sites = new ArrayList<>();

    /** The studies that report the trial; a study names its trial (studies' trialId), so this side only reads. */
    @OneToMany
    @JoinColumn(name = "trial_id", insertable = false, updatable = false)
    @OrderBy("publishedYear, id")
    public List<Study> publications = new ArrayList<>();
}
