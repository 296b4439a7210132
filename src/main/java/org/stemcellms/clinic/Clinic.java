package org.stemcellms.clinic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stemcellms.country.Country;
import org.stemcellms.source.CitedEntity;
import org.stemcellms.therapy.Therapy;

/** A treatment centre that offers stem-cell therapy for MS. */
@Entity
public class Clinic extends CitedEntity {

    @Id
    public String id;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    public Country country;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_model")
    public AccessModel accessModel;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_policy")
    public EligibilityPolicy eligibilityPolicy;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> highlights = new ArrayList<>();

    public String city;

    public String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "centre_kind")
    public CentreKind centreKind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> protocols = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> intensities = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "care_setting")
    public CareSetting careSetting;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ms_types")
    public List<String> msTypes = new ArrayList<>();

    @Column(name = "edss_min")
    public BigDecimal edssMin;

    @Column(name = "edss_max")
    public BigDecimal edssMax;

    @Column(name = "age_min")
    public Integer ageMin;

    @Column(name = "age_max")
    public Integer ageMax;

    @Column(name = "max_years_since_diagnosis")
    public Integer maxYearsSinceDiagnosis;

    @Column(name = "stay_days")
    public Integer stayDays;

    @Column(name = "companion_required")
    public Boolean companionRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme_status")
    public ProgrammeStatus programmeStatus;

    @Column(name = "patients_treated")
    public Integer patientsTreated;

    @Column(name = "patients_treated_on")
    public LocalDate patientsTreatedOn;

    @ManyToMany
    @JoinTable(name = "clinic_therapy", joinColumns = @JoinColumn(name = "clinic_id"),
            inverseJoinColumns = @JoinColumn(name = "therapy_code"))
    @OrderBy("code")
    public Set<Therapy> therapies = new LinkedHashSet<>();
}
