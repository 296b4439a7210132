-- Field-level citations: every content record names, for each factual field, the source(s) that state it, as a
-- JSON object {"<field of the write form>": ["<source id>", ...]}. The API shows it as `citations`, writes must give
-- it, and a test over the whole data set checks that every factual field that has a value is cited.
-- Until now every record had one source for all its fields: the article's records cite it for each of theirs.

create function cite_each(fields text[], source text) returns jsonb language sql immutable as $$
    select coalesce(jsonb_object_agg(field, jsonb_build_array(source)), '{}'::jsonb) from unnest(fields) as field
$$;

-- the fields of the write form that a record has a value for: those of `always`, and those of `optional` whose value is present
create function present(always text[], variadic optional text[]) returns text[] language sql immutable as $$
    select always || coalesce(array_agg(field) filter (where field is not null), '{}') from unnest(optional) as field
$$;

alter table therapy add column citations jsonb not null default '{}';
alter table country add column citations jsonb not null default '{}';
alter table clinic add column citations jsonb not null default '{}';
alter table cost add column citations jsonb not null default '{}';
alter table risk add column citations jsonb not null default '{}';
alter table study add column citations jsonb not null default '{}';
alter table eligibility_criterion add column citations jsonb not null default '{}';
alter table faq add column citations jsonb not null default '{}';
alter table note add column citations jsonb not null default '{}';
alter table exchange_rate add column citations jsonb not null default '{}';

update therapy t set citations = cite_each(present(array['name', 'summary', 'description', 'evidenceLevel', 'evidenceNote',
        'involvesChemotherapy'],
    case when fda_approved is not null then 'fdaApproved' end,
    case when regulatory_note is not null then 'regulatoryNote' end,
    case when cardinality(cell_sources) > 0 then 'cellSources' end,
    case when exists (select 1 from therapy_step s where s.therapy_code = t.code) then 'steps' end,
    case when recovery_min_months is not null or recovery_max_months is not null or recovery_note is not null then 'recovery' end,
    case when cardinality(expected_benefits) > 0 then 'expectedBenefits' end,
    case when cardinality(pros) > 0 then 'pros' end,
    case when cardinality(cons) > 0 then 'cons' end), source_id);

update country set citations = cite_each(array['name', 'hsctAccess', 'hsctAccessNote'], source_id);

update clinic c set citations = cite_each(present(array['name', 'countryCode', 'accessModel', 'description'],
    case when eligibility_policy is not null then 'eligibilityPolicy' end,
    case when cardinality(highlights) > 0 then 'highlights' end,
    case when exists (select 1 from clinic_therapy ct where ct.clinic_id = c.id) then 'therapyCodes' end), source_id);

update cost set citations = cite_each(present(array['therapyCode', 'countryCode', 'label', 'price'],
    case when clinic_id is not null then 'clinicId' end,
    case when setting is not null then 'setting' end,
    case when cardinality(includes) > 0 then 'includes' end,
    case when price_note is not null then 'priceNote' end), source_id);

update risk set citations = cite_each(present(array['therapyCode', 'name', 'description', 'category'],
    case when severity is not null then 'severity' end,
    case when frequency is not null then 'frequency' end,
    case when incidence_min_percent is not null then 'incidence' end,
    case when can_be_permanent is not null then 'canBePermanent' end), source_id);

update study s set citations = cite_each(present(array['title', 'kind', 'therapyCode', 'summary'],
    case when short_name is not null then 'shortName' end,
    case when authors is not null then 'authors' end,
    case when published_year is not null then 'year' end,
    case when journal is not null then 'journal' end,
    case when population is not null then 'population' end,
    case when comparator is not null then 'comparator' end,
    case when limitations is not null then 'limitations' end,
    case when publication_id is not null then 'publicationId' end,
    case when exists (select 1 from study_finding f where f.study_id = s.id) then 'findings' end), source_id);

update eligibility_criterion e set citations = cite_each(present(array['therapyCode', 'kind', 'text', 'match'],
    case when note is not null then 'note' end,
    case when exists (select 1 from eligibility_condition c where c.criterion_id = e.id) then 'conditions' end), source_id);

update faq set citations = cite_each(present(array['question', 'answer'],
    case when therapy_code is not null then 'therapyCode' end), source_id);

update note set citations = cite_each(present(array['category', 'title', 'text'],
    case when therapy_code is not null then 'therapyCode' end), source_id);

update exchange_rate set citations = cite_each(array['unitsPerEur', 'rateDate'], source_id);

drop function present(text[], text[]);
drop function cite_each(text[], text);
