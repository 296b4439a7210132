-- Exchange rates are data: one row per currency, in units per 1 EUR (the ECB's base), each citing its source.
-- V5 (a Java migration) loads them from db/data/ecb-eurofxref-2024-09-26.csv.
alter table source drop constraint source_kind_check;
alter table source add constraint source_kind_check
    check (kind in ('ARTICLE', 'JOURNAL_ARTICLE', 'ORGANISATION_WEBSITE', 'TRIAL_REGISTRY', 'REFERENCE_DATA'));

insert into source (id, kind, title, authors, publisher, published_year, url, description, reviewed_on) values
('ecb-eurofxref-2024-09-26', 'REFERENCE_DATA', 'Euro foreign exchange reference rates, 26 September 2024', null,
 'European Central Bank', 2024, null,
 'The ECB''s euro reference rates of 26 September 2024, in its eurofxref.csv layout: units of each currency per 1 EUR. '
 || 'The ECB has published no EUR/RUB rate since 1 March 2022, so there is no rouble rate.', date '2026-11-24');

create table exchange_rate (
    currency      text primary key check (currency ~ '^[A-Z]{3}$' and currency <> 'EUR'),
    units_per_eur numeric(18, 6) not null check (units_per_eur > 0),
    rate_date     date not null,
    source_id     text not null references source (id),
    reviewed_on   date not null,
    version       bigint not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index exchange_rate_source_idx on exchange_rate (source_id);

-- One number that every committed write increases, in its own transaction: a response's ETag is derived from it,
-- so after any write every representation gets a new ETag at once, and no reader revalidates to stale data.
create table content_version (
    id      integer primary key check (id = 1),
    version bigint not null
);
-- Starts at the creation time in microseconds, not 0, so that a database dropped and created again never
-- hands out the ETags of its predecessor.
insert into content_version (id, version) values (1, (extract(epoch from clock_timestamp()) * 1000000)::bigint);
