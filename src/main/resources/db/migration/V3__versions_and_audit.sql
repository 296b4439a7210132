-- Editing support: every content row gets an optimistic-locking version (the ETag of its item) and
-- creation and update times; every successful write leaves an entry in change_log, in the same transaction.

do $$
declare
    content_table text;
begin
    foreach content_table in array array['source', 'therapy', 'country', 'clinic', 'cost', 'risk', 'study',
                                          'eligibility_criterion', 'faq', 'note'] loop
        execute format('alter table %I add column version bigint not null default 0', content_table);
        execute format('alter table %I add column created_at timestamptz not null default now()', content_table);
        execute format('alter table %I add column updated_at timestamptz not null default now()', content_table);
    end loop;
end
$$;

create table change_log (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null,
    author       text not null,
    resource     text not null,
    resource_id  text not null,
    action       text not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    before_state jsonb,
    after_state  jsonb,
    check ((action = 'CREATE') = (before_state is null)),
    check ((action = 'DELETE') = (after_state is null))
);
create index change_log_resource_idx on change_log (resource, resource_id, occurred_at desc);
create index change_log_author_idx on change_log (author, occurred_at desc);
create index change_log_time_idx on change_log (occurred_at desc);
