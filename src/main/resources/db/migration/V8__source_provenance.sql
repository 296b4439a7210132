-- Sources say how far they can be trusted and where and when they were read: a kind for each sort of page (a centre's
-- own site is self-reported, an agent's is marketing, a registry or journal outranks both), the page's own date where
-- the page shows one (never guessed), and the date the facts were read from it. Every source but the article has a web
-- address, except reference data shipped with the service (the ECB rates file, db/data).

alter table source drop constraint source_kind_check;
alter table source add constraint source_kind_check check (kind in ('ARTICLE', 'CENTRE_WEBSITE', 'AGENT', 'NEWS',
    'PATIENT_OR_COMMUNITY', 'TRIAL_REGISTRY', 'JOURNAL_ARTICLE', 'HEALTH_SERVICE', 'ORGANISATION_WEBSITE', 'REFERENCE_DATA'));
alter table source add column page_date date;
alter table source add column read_on date;
update source set read_on = reviewed_on;
alter table source alter column read_on set not null;

-- the two publications the article cites without an address, where they were read (docs/research/trials-and-outcomes.md)
update source set url = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6439765', read_on = date '2026-12-02'
where id = 'burt-2019-jama';
update source set url = 'https://ir.library.carleton.ca/pub/16450', read_on = date '2026-12-02'
where id = 'atkins-2016-lancet';

alter table source add constraint source_address_check check (url is not null or kind in ('ARTICLE', 'REFERENCE_DATA'));
