-- The article's claims checked against the primary publications (docs/research/trials-and-outcomes.md, "Article claims
-- vs primary sources", lines marked [ok]), and three fixes from a review of the article's records:
-- * MIST is described by its own publication: its title, population, comparator and findings as the paper's pages
--   state them (PMC6439765, PubMed 30644983). What the article said about MIST stays visible as the article's claims,
--   each with its verdict and a note on the discrepancy.
-- * MIST's `limitations` held the article's general caveat ("not a miracle cure"), which is not a limitation of MIST;
--   the caveat is the note `not-a-miracle-cure`.
-- * The article says the best candidates "typically" meet all four favourable criteria: every one is marked typical,
--   not only the EDSS bound.
-- * MSC's `fdaApproved: false` said more than the article ("most treatments are experimental and not FDA-approved"):
--   it is left empty; the article's words stay in `regulatoryNote`.

update study set
    title = 'Effect of Nonmyeloablative Hematopoietic Stem Cell Transplantation vs Continued Disease-Modifying Therapy on '
        || 'Disease Progression in Patients With Relapsing-Remitting Multiple Sclerosis: A Randomized Clinical Trial',
    authors = 'Burt RK, Balabanov R, Burman J, Sharrack B, Snowden JA, Oliveira MC, et al.',
    population = 'Relapsing-remitting MS with at least 2 relapses while on DMT in the previous year, EDSS 2.0 to 6.0',
    comparator = 'A DMT of higher efficacy or of a different class than the one taken in the prior year',
    summary = 'Randomised trial of nonmyeloablative HSCT against disease-modifying therapy in 110 patients with relapsing-remitting MS '
        || 'at 4 centres in the US, Europe and South America.',
    limitations = null,
    trial_id = 'mist',
    source_id = 'burt-2019-jama',
    reviewed_on = date '2026-12-02',
    citations = '{"title": ["burt-2019-jama", "pubmed-30644983-mist"], "shortName": ["article", "neurology-2018-mist-interim"],
                  "kind": ["burt-2019-jama"], "authors": ["burt-2019-jama"], "year": ["burt-2019-jama"], "journal": ["burt-2019-jama"],
                  "therapyCode": ["burt-2019-jama"], "population": ["burt-2019-jama"], "comparator": ["burt-2019-jama"],
                  "summary": ["burt-2019-jama"], "publicationId": ["article", "burt-2019-jama"],
                  "findings": ["burt-2019-jama", "pubmed-30644983-mist"], "trialId": ["burt-2019-jama"]}'::jsonb
where id = 'mist';

delete from study_finding where study_id = 'mist';
insert into study_finding (study_id, position, outcome, statement, population, comparator, value_min, value_max, value_unit,
                           approximate, open_ended, follow_up_years, follow_up_measure, patients, comparator_value) values
('mist', 1, 'DISEASE_PROGRESSION', 'Patients whose disease progressed (EDSS up by at least 1.0 point, confirmed 6 months apart): 3 after HSCT against 34 on DMT.',
 'Relapsing-remitting MS, EDSS 2.0 to 6.0', 'DMT', 3, 3, 'PATIENTS', false, false, 2, 'MEDIAN', 110, 34),
('mist', 2, 'DISEASE_PROGRESSION', 'Time to disease progression, HSCT against DMT, as a hazard ratio.',
 'Relapsing-remitting MS, EDSS 2.0 to 6.0', 'DMT', 0.07, 0.07, 'HAZARD_RATIO', false, false, null, null, 110, null);

insert into claim (id, statement, study_id, risk_id, verdict, note, source_id, reviewed_on, citations) values
('mist-reduced-progression', 'HSCT significantly reduced disease progression compared to DMTs.', 'mist', null, 'SUPPORTED',
 'The paper reports progression in 3 patients after HSCT against 34 on DMT, a hazard ratio of 0.07, over a median follow-up of 2 years.',
 'article', date '2026-12-02',
 '{"statement": ["article"], "studyId": ["article"], "verdict": ["burt-2019-jama", "pubmed-30644983-mist"],
   "note": ["burt-2019-jama", "pubmed-30644983-mist"], "evidenceStudyIds": ["burt-2019-jama"]}'::jsonb),
('mist-69-percent', 'No new relapses or MRI lesions in 69% of HSCT patients after 5 years.', 'mist', null, 'NOT_IN_PRIMARY_SOURCE',
 'The MIST paper''s pages report no 69% figure. Its primary endpoint is disease progression on the EDSS, not freedom from relapses '
 || 'and new MRI lesions; its median follow-up is 2 years (mean 2.8), and 23 patients were evaluated yearly for 5 years. Figures '
 || 'close to 69% come from other studies: MS activity-free survival of 69.6% (95% CI 46.6 to 84.2) at 3 years in the Canadian '
 || 'phase 2 trial (Atkins 2016, 24 patients), event-free survival of 69.2% at a median 62 months in HALT-MS (24 patients; a report by the trial''s network, not the paper), disease-free survival of 68% at 5 years in a Swedish cohort (Burman 2014), and a pooled 67% with no evidence of disease activity at 5 years (Sormani 2017). Which study the article meant cannot be told from the pages.',
 'article', date '2026-12-02',
 '{"statement": ["article"], "studyId": ["article"], "verdict": ["burt-2019-jama", "pubmed-30644983-mist"],
   "note": ["atkins-2016-lancet", "burt-2019-jama", "pubmed-30644983-mist", "itn-halt-ms-2017", "jnnp-burman-2014-citation", "neurology-sormani-2017-citation"], "evidenceStudyIds": ["atkins-2016-lancet", "burt-2019-jama", "itn-halt-ms-2017", "jnnp-burman-2014-citation", "neurology-sormani-2017-citation"]}'::jsonb),
('mist-regained-function', 'Some patients regained lost function, like walking or seeing clearly again.', 'mist', null, 'NOT_VERIFIABLE',
 'The parts of the MIST paper read (PMC, PubMed) report progression and follow-up, not regained function; EDSS changes in the first '
 || 'year were seen only on a patient forum quoting the abstract, which is not a primary source. The interim report gives treatment '
 || 'failure in 3 of 52 after HSCT against 30 of 50 on DMT.',
 'article', date '2026-12-02',
 '{"statement": ["article"], "studyId": ["article"], "verdict": ["burt-2019-jama", "pubmed-30644983-mist"],
   "note": ["burt-2019-jama", "neurology-2018-mist-interim", "pubmed-30644983-mist"], "evidenceStudyIds": ["burt-2019-jama", "neurology-2018-mist-interim"]}'::jsonb),
('mist-title', 'MIST trial: Effect of Nonmyeloablative HSCT vs DMT on Disease Progression in RRMS', 'mist', null,
 'DIFFERS_FROM_PRIMARY_SOURCE',
 'The article''s reference abbreviates the paper''s title, which spells out hematopoietic stem cell transplantation, continued '
 || 'disease-modifying therapy and relapsing-remitting multiple sclerosis and ends "A Randomized Clinical Trial".',
 'article', date '2026-12-02',
 '{"statement": ["article"], "studyId": ["article"], "verdict": ["burt-2019-jama", "pubmed-30644983-mist"],
   "note": ["burt-2019-jama", "pubmed-30644983-mist"], "evidenceStudyIds": ["burt-2019-jama"]}'::jsonb),
('mist-largest-trial', 'The largest clinical trial to date is the MIST trial (2019).', 'mist', null, 'NOT_VERIFIABLE',
 'MIST randomised 110 patients. Registered randomised HSCT trials plan more (BEAT-MS: 156; StarMS: 198 on its trials unit''s page) but had not reported; '
 || 'observational cohorts are larger but not randomised. No page read says which trial is the largest.',
 'article', date '2026-12-02',
 '{"statement": ["article"], "studyId": ["article"], "verdict": ["burt-2019-jama", "ctgov-nct04047628", "sheffield-ctru-starms"],
   "note": ["burt-2019-jama", "ctgov-nct04047628", "sheffield-ctru-starms"], "evidenceStudyIds": ["burt-2019-jama"]}'::jsonb),
('atkins-2016-title', 'Immunoablation and autologous hematopoietic stem cell transplantation in multiple sclerosis', 'atkins-2016', null,
 'NOT_VERIFIABLE',
 'No page read shows the Lancet paper''s own title: the repository copy of its abstract (Carleton University) shows the abstract '
 || 'only, and no PubMed or Lancet page for it was found. The abstract describes a phase 2 single-arm trial at three hospitals in '
 || 'Canada, registered as NCT01099930.',
 'article', date '2026-12-02',
 '{"statement": ["article"], "studyId": ["article"], "verdict": ["atkins-2016-lancet"], "note": ["atkins-2016-lancet"],
   "evidenceStudyIds": ["atkins-2016-lancet"]}'::jsonb),
('mortality-1-2-percent', '1 to 2% mortality risk, depending on the centre and the patient''s health.', null, 'mortality',
 'DIFFERS_FROM_PRIMARY_SOURCE',
 'The article names no source for the figure. A meta-analysis of 15 studies (764 patients, 1995 to 2016) gives a pooled '
 || 'transplant-related mortality of 2.1% (95% CI 1.3 to 3.4%), higher in older studies, in cohorts with fewer RRMS patients and '
 || 'with higher baseline EDSS: just above the article''s range, with an interval reaching 3.4%. Single studies report 1 '
 || 'transplant-related death in 24 patients (Atkins 2016) and none in the MIST interim report.',
 'article', date '2026-12-02',
 '{"statement": ["article"], "riskId": ["article"], "verdict": ["neurology-sormani-2017-citation"],
   "note": ["neurology-sormani-2017-citation", "atkins-2016-lancet", "neurology-2018-mist-interim"], "evidenceStudyIds": ["neurology-sormani-2017-citation", "atkins-2016-lancet", "neurology-2018-mist-interim"]}'::jsonb);

insert into claim_evidence (claim_id, position, study_id) values
('mist-reduced-progression', 1, 'mist'),
('mist-69-percent', 1, 'mist'), ('mist-69-percent', 2, 'atkins-2016'), ('mist-69-percent', 3, 'halt-ms-2017'), ('mist-69-percent', 4, 'burman-2014'),
 ('mist-69-percent', 5, 'sormani-2017'),
('mist-regained-function', 1, 'mist'), ('mist-regained-function', 2, 'mist-interim-2018'),
('mist-title', 1, 'mist'),
('mist-largest-trial', 1, 'mist'),
('atkins-2016-title', 1, 'atkins-2016'),
('mortality-1-2-percent', 1, 'sormani-2017'), ('mortality-1-2-percent', 2, 'atkins-2016'), ('mortality-1-2-percent', 3, 'mist-interim-2018');

update eligibility_condition set typical = true
where criterion_id in (select id from eligibility_criterion where therapy_code = 'HSCT' and kind = 'FAVOURABLE');

update therapy set fda_approved = null, citations = citations - 'fdaApproved' where code = 'MSC';

-- Atkins 2016 now has the findings its abstract reports: its summary says what the study is, from that page.
update study set summary = 'Phase 2 single-arm trial of aHSCT in 24 patients with MS at three hospitals in Canada.',
    citations = jsonb_set(citations, '{summary}', '["atkins-2016-lancet"]')
where id = 'atkins-2016';
