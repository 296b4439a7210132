-- Every cost record is a price observation: a figure one source states, for a therapy in a country and, where the source
-- names one, at a centre; never merged with another source's figure. Besides what it includes, an observation says what
-- it excludes, the year it applies to where the source states one, and what kind of figure it is: a centre's or agent's
-- quoted price, what a patient reports paying, a fundraising target, or a health system's cost.

alter table cost drop constraint cost_includes_check;
alter table cost add constraint cost_includes_check check (includes <@ array['PRE_TREATMENT_TESTS', 'HOSPITALIZATION',
    'MEDICATIONS', 'COMPANION_STAY', 'ACCOMMODATION', 'TRANSFERS', 'VISA_SUPPORT', 'FOLLOW_UP_CARE', 'FLIGHTS']);
alter table cost add column excludes text[] not null default '{}' check (excludes <@ array['PRE_TREATMENT_TESTS',
    'HOSPITALIZATION', 'MEDICATIONS', 'COMPANION_STAY', 'ACCOMMODATION', 'TRANSFERS', 'VISA_SUPPORT', 'FOLLOW_UP_CARE', 'FLIGHTS']);
alter table cost add column applies_year integer check (applies_year between 1990 and 2100);
alter table cost add column basis text check (basis in ('QUOTED_PRICE', 'PATIENT_REPORTED', 'FUNDRAISING_TARGET', 'HEALTH_SYSTEM_COST'));
create index cost_currency_idx on cost (currency);
create index cost_applies_year_idx on cost (applies_year);
