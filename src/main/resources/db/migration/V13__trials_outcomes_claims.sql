-- Registered trials, structured outcomes from primary publications, and claims checked against their primary source.
--
-- A trial is registered under one or more typed identifiers (NCT, ISRCTN, EudraCT, IRAS...), each unique across
-- trials. Its status is what a registry or mirror page showed on a date; pages disagree, so every report is kept
-- (trial_status) and `status` is the newest dated one, kept in step by the write pipeline. Sites link to the centres
-- the data has. A study (a publication) may report a trial (study.trial_id).
--
-- A finding now carries what a primary paper gives beside its figure: the number of patients it rests on, the
-- comparator arm's figure, the confidence interval, and how its follow-up is measured.
--
-- A claim is a statement one source (the article) makes about a study or a risk, with the verdict of checking it
-- against the primary publications (claim_evidence) and a note on any discrepancy.

create table trial (
    id                 text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title              text not null,
    acronym            text,
    therapy_code       text not null references therapy (code),
    phase              text check (phase in ('EARLY_PHASE_1', 'PHASE_1', 'PHASE_1_2', 'PHASE_2', 'PHASE_2_3', 'PHASE_3',
                                             'PHASE_4', 'NOT_APPLICABLE')),
    randomised         boolean,
    masking            text check (masking in ('NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE')),
    design             text,
    comparator         text,
    target_enrolment   integer check (target_enrolment between 1 and 1000000),
    actual_enrolment   integer check (actual_enrolment between 0 and 1000000),
    country_codes      text[] not null default '{}',
    sponsor            text,
    -- as precise as the page gives it: 2019, 2019-12 or 2019-12-19
    start_date         text check (start_date ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
    status             text,
    status_as_of       date,
    ms_types           text[] not null default '{}' check (ms_types <@ array['RRMS', 'SPMS', 'PPMS', 'PRMS']),
    age_min            integer check (age_min between 0 and 120),
    age_max            integer check (age_max between 0 and 120 and age_max >= coalesce(age_min, 0)),
    edss_min           numeric(3, 1) check (edss_min between 0 and 10),
    edss_max           numeric(3, 1) check (edss_max between 0 and 10 and edss_max >= coalesce(edss_min, 0)),
    source_id          text not null references source (id),
    reviewed_on        date not null,
    citations          jsonb not null default '{}',
    version            bigint not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    trial_search       tsvector generated always as (
        to_tsvector('english', title || ' ' || coalesce(acronym, '') || ' ' || coalesce(sponsor, ''))) stored,
    check (array_to_string(country_codes, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$')
);
create index trial_therapy_idx on trial (therapy_code, id);
create index trial_status_idx on trial (status, id);
create index trial_phase_idx on trial (phase, id);
create index trial_countries_idx on trial using gin (country_codes);
create index trial_search_idx on trial using gin (trial_search);
create index trial_source_idx on trial (source_id);

create table trial_identifier (
    trial_id  text not null references trial (id) on delete cascade,
    position  integer not null check (position >= 1),
    registry  text not null check (registry in ('NCT', 'ISRCTN', 'EUDRACT', 'IRAS', 'OTHER')),
    value     text not null,
    primary key (trial_id, position),
    unique (registry, value)
);
create index trial_identifier_value_idx on trial_identifier (upper(value));

create table trial_status (
    trial_id  text not null references trial (id) on delete cascade,
    position  integer not null check (position >= 1),
    status    text not null check (status in ('NOT_YET_RECRUITING', 'RECRUITING', 'ENROLLING_BY_INVITATION',
                                              'ACTIVE_NOT_RECRUITING', 'COMPLETED', 'TERMINATED', 'SUSPENDED', 'WITHDRAWN',
                                              'AUTHORISED', 'UNKNOWN')),
    as_of     date,
    source_id text not null references source (id),
    primary key (trial_id, position)
);
create index trial_status_source_idx on trial_status (source_id);
alter table trial add constraint trial_status_known check (status is null or status in ('NOT_YET_RECRUITING', 'RECRUITING',
    'ENROLLING_BY_INVITATION', 'ACTIVE_NOT_RECRUITING', 'COMPLETED', 'TERMINATED', 'SUSPENDED', 'WITHDRAWN', 'AUTHORISED', 'UNKNOWN'));

create table trial_site (
    trial_id     text not null references trial (id) on delete cascade,
    position     integer not null check (position >= 1),
    name         text not null,
    city         text,
    country_code text check (country_code ~ '^[A-Z]{2}$'),
    clinic_id    text references clinic (id),
    primary key (trial_id, position)
);
create index trial_site_clinic_idx on trial_site (clinic_id);

alter table study add column trial_id text references trial (id);
create index study_trial_idx on study (trial_id);

alter table study_finding drop constraint study_finding_outcome_check;
alter table study_finding add constraint study_finding_outcome_check check (outcome in (
    'DISEASE_PROGRESSION', 'NO_NEW_RELAPSES_OR_MRI_LESIONS', 'REGAINED_FUNCTION', 'PROGRESSION_SLOWED_OR_HALTED',
    'QUALITY_OF_LIFE_AND_FATIGUE', 'LONG_TERM_REMISSION', 'NO_EVIDENCE_OF_DISEASE_ACTIVITY', 'EVENT_FREE_SURVIVAL',
    'PROGRESSION_FREE_SURVIVAL', 'RELAPSE_FREE_SURVIVAL', 'TREATMENT_FAILURE', 'EDSS_IMPROVEMENT', 'EDSS_CHANGE',
    'MRI_ACTIVITY', 'TRANSPLANT_RELATED_MORTALITY', 'DEATHS', 'OVERALL_SURVIVAL', 'ADVERSE_EVENTS'));
alter table study_finding drop constraint study_finding_value_unit_check;
alter table study_finding add constraint study_finding_value_unit_check check (value_unit in (
    'PERCENT_OF_PATIENTS', 'YEARS', 'PATIENTS', 'HAZARD_RATIO', 'RATE_RATIO', 'EDSS_POINTS'));
alter table study_finding add column patients integer check (patients >= 1);
alter table study_finding add column comparator_value numeric(7, 2) check (comparator_value >= 0);
alter table study_finding add column ci_low numeric(7, 2);
alter table study_finding add column ci_high numeric(7, 2) check (ci_high >= ci_low);
alter table study_finding add column ci_level numeric(4, 1) check (ci_level > 0 and ci_level < 100);
alter table study_finding add column follow_up_measure text check (follow_up_measure in ('AT', 'MEDIAN', 'MEAN', 'UP_TO'));
alter table study_finding add constraint study_finding_ci_complete check ((ci_low is null) = (ci_high is null)
    and (ci_low is null) = (ci_level is null) and (ci_low is null or value_min is not null));
alter table study_finding add constraint study_finding_comparator_value check (comparator_value is null or value_min is not null);
alter table study_finding add constraint study_finding_follow_up_measured check (follow_up_measure is null or follow_up_years is not null);

create table claim (
    id          text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    statement   text not null,
    study_id    text references study (id),
    risk_id     text references risk (id),
    verdict     text not null check (verdict in ('SUPPORTED', 'NOT_IN_PRIMARY_SOURCE', 'DIFFERS_FROM_PRIMARY_SOURCE',
                                                 'NOT_VERIFIABLE')),
    note        text not null,
    source_id   text not null references source (id),
    reviewed_on date not null,
    citations   jsonb not null default '{}',
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (study_id is not null or risk_id is not null)
);
create index claim_study_idx on claim (study_id);
create index claim_risk_idx on claim (risk_id);
create index claim_source_idx on claim (source_id);
create index claim_verdict_idx on claim (verdict, id);

create table claim_evidence (
    claim_id text not null references claim (id) on delete cascade,
    position integer not null check (position >= 1),
    study_id text not null references study (id),
    primary key (claim_id, position)
);
create index claim_evidence_study_idx on claim_evidence (study_id);
