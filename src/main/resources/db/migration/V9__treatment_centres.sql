-- Treatment centres as the public pages describe them: where a source states it, the city, the website, what kind of
-- centre it is, its conditioning protocols and their intensity, in- or outpatient care, the MS types and the EDSS, age
-- and disease-duration bounds it accepts, the length of stay, whether a companion must come, whether the programme
-- still runs, and how many patients it has treated by which date. Every value is cited field by field (citations);
-- where no page says it, it stays empty. A centre or country known only from a page about centres need not have what
-- the article stated for its first records (a description, an access note).

alter table clinic add column city text;
alter table clinic add column website text check (website ~ '^https?://');
alter table clinic add column centre_kind text check (centre_kind in ('PRIVATE_INTERNATIONAL', 'PUBLIC_HEALTH_SERVICE', 'TRIAL_SITE_ONLY'));
alter table clinic add column protocols text[] not null default '{}'
    check (protocols <@ array['CY_ATG', 'CY_RITUXIMAB', 'BEAM_ATG', 'BUSULFAN_BASED', 'FLUDARABINE_BASED']);
alter table clinic add column intensities text[] not null default '{}'
    check (intensities <@ array['NON_MYELOABLATIVE', 'INTERMEDIATE', 'MYELOABLATIVE']);
alter table clinic add column care_setting text check (care_setting in ('INPATIENT', 'OUTPATIENT'));
alter table clinic add column ms_types text[] not null default '{}' check (ms_types <@ array['RRMS', 'SPMS', 'PPMS', 'PRMS']);
alter table clinic add column edss_min numeric(3, 1) check (edss_min between 0 and 10);
alter table clinic add column edss_max numeric(3, 1) check (edss_max between 0 and 10 and edss_max >= coalesce(edss_min, 0));
alter table clinic add column age_min integer check (age_min between 0 and 120);
alter table clinic add column age_max integer check (age_max between 0 and 120 and age_max >= coalesce(age_min, 0));
alter table clinic add column max_years_since_diagnosis integer check (max_years_since_diagnosis between 0 and 100);
alter table clinic add column stay_days integer check (stay_days between 1 and 365);
alter table clinic add column companion_required boolean;
alter table clinic add column programme_status text check (programme_status in ('ACTIVE', 'CLOSED', 'TRIAL_ONLY'));
alter table clinic add column patients_treated integer check (patients_treated >= 0);
alter table clinic add column patients_treated_on date;
alter table clinic add constraint clinic_patients_treated_dated check ((patients_treated is null) = (patients_treated_on is null));
alter table clinic alter column access_model drop not null;
alter table clinic alter column description drop not null;
alter table clinic drop column clinic_search;
alter table clinic add column clinic_search tsvector generated always as (
    to_tsvector('english', name || ' ' || coalesce(city, '') || ' ' || coalesce(description, ''))) stored;
create index clinic_search_idx on clinic using gin (clinic_search);
create index clinic_ms_types_idx on clinic using gin (ms_types);

alter table country alter column hsct_access drop not null;
alter table country alter column hsct_access_note drop not null;
alter table country drop column country_search;
alter table country add column country_search tsvector generated always as (
    to_tsvector('english', name || ' ' || coalesce(hsct_access_note, ''))) stored;
create index country_search_idx on country using gin (country_search);
