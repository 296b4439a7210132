-- The schema of the curated data. Natural keys (ISO codes, therapy codes, slugs) are the primary keys:
-- they are the ids of the API, stable and readable in every foreign key.
-- Every content row cites a source and the date it was last reviewed against that source.
-- Searchable tables generate an English full-text vector (<table>_search) from their text columns, indexed with GIN.

create table source (
    id             text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind           text not null check (kind in ('ARTICLE', 'JOURNAL_ARTICLE', 'ORGANISATION_WEBSITE', 'TRIAL_REGISTRY')),
    title          text not null,
    authors        text,
    publisher      text,
    published_year integer check (published_year between 1900 and 2100),
    url            text check (url ~ '^https?://'),
    description    text not null,
    reviewed_on    date not null,
    source_search  tsvector generated always as (
        to_tsvector('english', title || ' ' || coalesce(authors, '') || ' ' || coalesce(publisher, '') || ' ' || description)) stored
);
create index source_search_idx on source using gin (source_search);

create table therapy (
    code                  text primary key check (code ~ '^[A-Z][A-Z0-9]{1,15}$'),
    name                  text not null unique,
    summary               text not null,
    description           text not null,
    evidence_level        text not null check (evidence_level in ('MOST_STUDIED', 'EXPERIMENTAL')),
    evidence_note         text not null,
    fda_approved          boolean,
    regulatory_note       text,
    involves_chemotherapy boolean not null,
    cell_sources          text[] not null check (cell_sources <@ array['BONE_MARROW', 'BLOOD', 'FAT_TISSUE']),
    recovery_min_months   integer check (recovery_min_months >= 0),
    recovery_max_months   integer check (recovery_max_months >= recovery_min_months),
    recovery_note         text,
    expected_benefits     text[] not null,
    pros                  text[] not null,
    cons                  text[] not null,
    source_id             text not null references source (id),
    reviewed_on           date not null,
    therapy_search         tsvector generated always as (
        to_tsvector('english', name || ' ' || summary || ' ' || description)) stored
);
create index therapy_search_idx on therapy using gin (therapy_search);
create index therapy_source_idx on therapy (source_id);

create table therapy_step (
    therapy_code text not null references therapy (code) on delete cascade,
    step_number  integer not null check (step_number >= 1),
    name         text not null,
    description  text not null,
    primary key (therapy_code, step_number)
);

create table country (
    code        text primary key check (code ~ '^[A-Z]{2}$'),
    name        text not null unique,
    hsct_access text not null check (hsct_access in (
        'SELECT_TRIALS_OR_AGGRESSIVE_MS', 'MEDICAL_TOURISM', 'EXPERIENCED_AFFORDABLE_PACKAGES',
        'STRICT_TRIALS_OR_RAPIDLY_ADVANCING_MS')),
    hsct_access_note text not null,
    source_id   text not null references source (id),
    reviewed_on date not null,
    country_search tsvector generated always as (to_tsvector('english', name || ' ' || hsct_access_note)) stored
);
create index country_search_idx on country using gin (country_search);
create index country_source_idx on country (source_id);

create table clinic (
    id                 text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               text not null,
    country_code       text not null references country (code),
    access_model       text not null check (access_model in ('TREATMENT_CENTRE', 'CLINICAL_TRIAL_SITE')),
    eligibility_policy text check (eligibility_policy in ('LIBERAL', 'STANDARD', 'STRICT')),
    description        text not null,
    highlights         text[] not null,
    source_id          text not null references source (id),
    reviewed_on        date not null,
    clinic_search      tsvector generated always as (to_tsvector('english', name || ' ' || description)) stored,
    -- lets a cost reference a clinic together with its country, so the two can never disagree
    unique (id, country_code)
);
create index clinic_country_idx on clinic (country_code, name);
create index clinic_search_idx on clinic using gin (clinic_search);
create index clinic_source_idx on clinic (source_id);

create table clinic_therapy (
    clinic_id    text not null references clinic (id) on delete cascade,
    therapy_code text not null references therapy (code),
    primary key (clinic_id, therapy_code)
);
create index clinic_therapy_therapy_idx on clinic_therapy (therapy_code, clinic_id);

create table cost (
    id           text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    therapy_code text not null references therapy (code),
    country_code text not null references country (code),
    clinic_id    text,
    setting      text check (setting in ('CLINICAL_TRIAL', 'TREATMENT_CENTRE')),
    label        text not null,
    min_amount   numeric(12, 2) not null check (min_amount >= 0),
    -- null: open-ended ("$100,000+"); never a made-up maximum
    max_amount   numeric(12, 2) check (max_amount >= min_amount),
    currency     text not null check (currency ~ '^[A-Z]{3}$'),
    approximate  boolean not null,
    price_note   text,
    includes     text[] not null check (includes <@ array['HOSPITALIZATION', 'MEDICATIONS', 'FOLLOW_UP_CARE']),
    source_id    text not null references source (id),
    reviewed_on  date not null,
    cost_search tsvector generated always as (to_tsvector('english', label || ' ' || coalesce(price_note, ''))) stored,
    foreign key (clinic_id, country_code) references clinic (id, country_code)
);
create index cost_therapy_idx on cost (therapy_code, min_amount);
create index cost_country_idx on cost (country_code, min_amount);
create index cost_clinic_idx on cost (clinic_id);
create index cost_search_idx on cost using gin (cost_search);
create index cost_source_idx on cost (source_id);

create table risk (
    id                    text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    therapy_code          text not null references therapy (code),
    name                  text not null,
    description           text not null,
    category              text not null check (category in (
        'CHEMOTHERAPY_SIDE_EFFECT', 'INFECTION', 'FERTILITY', 'SERIOUS_COMPLICATION', 'MORTALITY')),
    severity              text check (severity in ('MILD', 'MODERATE', 'SERIOUS', 'FATAL')),
    frequency             text check (frequency in ('COMMON', 'UNCOMMON', 'RARE')),
    incidence_min_percent numeric(5, 2) check (incidence_min_percent between 0 and 100),
    incidence_max_percent numeric(5, 2) check (incidence_max_percent between 0 and 100
                                               and incidence_max_percent >= incidence_min_percent),
    can_be_permanent      boolean,
    source_id             text not null references source (id),
    reviewed_on           date not null,
    risk_search         tsvector generated always as (to_tsvector('english', name || ' ' || description)) stored
);
create index risk_therapy_idx on risk (therapy_code, name);
create index risk_search_idx on risk using gin (risk_search);
create index risk_source_idx on risk (source_id);

create table study (
    id                   text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                text not null,
    short_name           text,
    kind                 text not null check (kind in ('CLINICAL_TRIAL', 'PUBLICATION', 'EVIDENCE_SUMMARY')),
    authors              text,
    published_year       integer check (published_year between 1900 and 2100),
    journal              text,
    therapy_code         text not null references therapy (code),
    population           text,
    comparator           text,
    summary              text not null,
    limitations          text,
    publication_id       text references source (id),
    source_id            text not null references source (id),
    reviewed_on          date not null,
    study_search        tsvector generated always as (
        to_tsvector('english', title || ' ' || coalesce(short_name, '') || ' ' || summary)) stored
);
create index study_therapy_idx on study (therapy_code, published_year);
create index study_year_idx on study (published_year);
create index study_search_idx on study using gin (study_search);
create index study_source_idx on study (source_id);
create index study_publication_idx on study (publication_id);

create table study_finding (
    study_id        text not null references study (id) on delete cascade,
    position        integer not null check (position >= 1),
    outcome         text not null check (outcome in (
        'DISEASE_PROGRESSION', 'NO_NEW_RELAPSES_OR_MRI_LESIONS', 'REGAINED_FUNCTION', 'PROGRESSION_SLOWED_OR_HALTED',
        'QUALITY_OF_LIFE_AND_FATIGUE', 'LONG_TERM_REMISSION')),
    statement       text not null,
    population      text,
    comparator      text,
    value_min       numeric(7, 2),
    value_max       numeric(7, 2) check (value_max >= value_min),
    value_unit      text check (value_unit in ('PERCENT_OF_PATIENTS', 'YEARS')),
    approximate     boolean not null,
    open_ended      boolean not null,
    follow_up_years numeric(5, 2) check (follow_up_years > 0),
    primary key (study_id, position),
    check ((value_min is null) = (value_unit is null)),
    check (value_unit <> 'PERCENT_OF_PATIENTS' or (value_min between 0 and 100 and coalesce(value_max, 0) <= 100))
);

create table eligibility_criterion (
    id           text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    therapy_code text not null references therapy (code),
    kind         text not null check (kind in ('FAVOURABLE', 'UNFAVOURABLE')),
    position     integer not null check (position >= 1),
    text         text not null,
    note         text,
    -- how the conditions combine: every one (ALL) or at least one (ANY)
    match        text not null check (match in ('ALL', 'ANY')),
    source_id    text not null references source (id),
    reviewed_on  date not null,
    eligibility_criterion_search tsvector generated always as (to_tsvector('english', text || ' ' || coalesce(note, ''))) stored,
    unique (therapy_code, kind, position)
);
create index eligibility_criterion_search_idx on eligibility_criterion using gin (eligibility_criterion_search);
create index eligibility_criterion_source_idx on eligibility_criterion (source_id);

create table eligibility_condition (
    criterion_id text not null references eligibility_criterion (id) on delete cascade,
    position     integer not null check (position >= 1),
    parameter    text not null check (parameter in (
        'MS_TYPE', 'DISEASE_ACTIVITY', 'DMT_RESPONSE', 'YEARS_SINCE_DIAGNOSIS', 'EDSS_SCORE', 'LONG_STANDING_DISABILITY',
        'COMORBIDITIES')),
    operator     text not null check (operator in ('IN', 'LESS_THAN')),
    threshold    numeric(6, 2),
    allowed      text[],
    -- true where the source qualifies the bound with "usually"
    typical      boolean not null,
    primary key (criterion_id, position),
    check ((operator = 'IN' and allowed is not null and cardinality(allowed) > 0 and threshold is null)
        or (operator = 'LESS_THAN' and threshold is not null and allowed is null))
);

create table faq (
    id           text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    therapy_code text references therapy (code),
    position     integer not null unique check (position >= 1),
    question     text not null,
    answer       text not null,
    source_id    text not null references source (id),
    reviewed_on  date not null,
    faq_search tsvector generated always as (to_tsvector('english', question || ' ' || answer)) stored
);
create index faq_search_idx on faq using gin (faq_search);
create index faq_source_idx on faq (source_id);

create table note (
    id           text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    category     text not null check (category in (
        'BACKGROUND', 'AVAILABILITY', 'EVALUATION', 'COST', 'RISK', 'OUTCOMES', 'PATIENT_EXPERIENCE', 'EMOTIONAL_HEALTH',
        'FUTURE_DIRECTIONS', 'CONCLUSION')),
    position     integer not null check (position >= 1),
    title        text not null,
    text         text not null,
    therapy_code text references therapy (code),
    source_id    text not null references source (id),
    reviewed_on  date not null,
    note_search tsvector generated always as (to_tsvector('english', title || ' ' || text)) stored,
    unique (category, position)
);
create index note_search_idx on note using gin (note_search);
create index note_source_idx on note (source_id);
