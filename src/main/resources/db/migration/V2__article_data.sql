-- The content of the article "Stem Cell Therapy for Multiple Sclerosis (MS): Hope, Hype, and Healing"
-- (shared/seed/article-stem-cell-therapy-ms.txt), every fact with its source. Nothing here goes beyond
-- what the article states: no address, website, price, rate or percentage that it does not give.
-- reviewed_on is the date each record was last checked against its source; the article itself carries
-- no publication date.
-- The article's cost table is headed "Cost of Stem Cell Treatment for MS" and follows its HSCT sections; its rows
-- are the HSCT settings and providers the article names (US trials, Clinica Ruiz, Russia, India), so the costs
-- are recorded as HSCT costs, and each one's price_note says where the figure comes from.

insert into source (id, kind, title, authors, publisher, published_year, url, description, reviewed_on) values
('article', 'ARTICLE', 'Stem Cell Therapy for Multiple Sclerosis (MS): Hope, Hype, and Healing', null, null, null, null,
 'Patient-oriented article on stem-cell therapy for MS: how HSCT and MSC work, where HSCT is offered, who is a candidate, '
 || 'the research, costs, risks, and frequently asked questions. It gives no author, date or web address. '
 || 'Every record in this service comes from it unless it names another source.', date '2026-11-24'),
('burt-2019-jama', 'JOURNAL_ARTICLE', 'Effect of Nonmyeloablative HSCT vs DMT on Disease Progression in RRMS', 'Burt RK, et al.',
 'JAMA', 2019, null,
 'Reference 1 of the article: the MIST trial, comparing HSCT with disease-modifying therapy in relapsing-remitting MS. '
 || 'The title is given as the article abbreviates it.', date '2026-11-24'),
('atkins-2016-lancet', 'JOURNAL_ARTICLE',
 'Immunoablation and autologous hematopoietic stem cell transplantation in multiple sclerosis', 'Atkins HL, et al.',
 'Lancet', 2016, null, 'Reference 2 of the article.', date '2026-11-24'),
('national-ms-society', 'ORGANISATION_WEBSITE', 'National MS Society', null, 'National MS Society', null,
 'https://www.nationalmssociety.org', 'Reference 3 of the article.', date '2026-11-24'),
('clinicaltrials-gov', 'TRIAL_REGISTRY', 'ClinicalTrials.gov: ongoing HSCT trials', null, 'ClinicalTrials.gov', null,
 'https://clinicaltrials.gov', 'Reference 4 of the article: the registry of ongoing HSCT trials.', date '2026-11-24'),
('ms-society-uk', 'ORGANISATION_WEBSITE', 'Multiple Sclerosis Society UK', null, 'Multiple Sclerosis Society UK', null,
 'https://www.mssociety.org.uk', 'Reference 5 of the article.', date '2026-11-24');

insert into therapy (code, name, summary, description, evidence_level, evidence_note, fda_approved, regulatory_note,
                     involves_chemotherapy, cell_sources, recovery_min_months, recovery_max_months, recovery_note,
                     expected_benefits, pros, cons, source_id, reviewed_on) values
('HSCT', 'Hematopoietic Stem Cell Transplant',
 'The most studied stem-cell approach for MS: the immune system is wiped out with chemotherapy and rebuilt from the patient''s own stem cells.',
 'Hematopoietic stem cells (from bone marrow or blood) are collected from the patient, the immune system is wiped out with '
 || 'chemotherapy, and then the stem cells are reinfused to rebuild a new, hopefully non-autoimmune immune system. '
 || 'It is a serious medical procedure: essentially chemotherapy followed by a stem cell transplant, which can be intense.',
 'MOST_STUDIED', 'This is the most studied method.', null, null,
 true, array['BONE_MARROW', 'BLOOD'], 6, 12,
 'Full recovery can take 6 to 12 months. Fatigue and infections are common during this period.',
 array['Resets or "reboots" the immune system, ideally stopping it from attacking the nervous system.',
       'Rebuilds a new, hopefully non-autoimmune immune system.'],
 array['Can halt MS progression', 'May improve mobility, fatigue', 'One-time treatment (vs. lifelong DMTs)',
       'Long-term remission possible'],
 array['Not a guaranteed fix', 'Expensive and rarely covered by insurance', 'Risky, with serious side effects',
       'Not suitable for everyone'],
 'article', date '2026-11-24'),
('MSC', 'Mesenchymal Stem Cell Therapy',
 'Cells usually derived from bone marrow or fat tissue, believed to have regenerative and immunomodulatory properties; still considered experimental in MS.',
 'Mesenchymal stem cells are usually derived from bone marrow or fat tissue and are believed to have regenerative and '
 || 'immunomodulatory properties. They are being explored in early-phase clinical trials and do not require chemotherapy. '
 || 'There is not enough data yet to say how well MSCs work in MS.',
 'EXPERIMENTAL', 'Still considered experimental in MS; being explored in early-phase clinical trials.', false,
 'Most treatments are experimental and not FDA-approved.',
 false, array['BONE_MARROW', 'FAT_TISSUE'], null, null, null,
 array['Reduce inflammation.', 'Promote remyelination.', 'Protect neurons from further damage.'],
 array[]::text[], array[]::text[],
 'article', date '2026-11-24');

insert into therapy_step (therapy_code, step_number, name, description) values
('HSCT', 1, 'Stem Cell Mobilization',
 'Stem cells are encouraged to move from bone marrow into the bloodstream using medications.'),
('HSCT', 2, 'Collection (Apheresis)', 'Blood is drawn and stem cells are separated and frozen for later use.'),
('HSCT', 3, 'Immune Ablation (Conditioning)',
 'The immune system is destroyed using chemotherapy or immunosuppressive drugs. This is the most intense part of the process.'),
('HSCT', 4, 'Reinfusion of Stem Cells',
 'The collected stem cells are thawed and reintroduced into the body to rebuild the immune system.');

insert into country (code, name, hsct_access, hsct_access_note, source_id, reviewed_on) values
('US', 'United States', 'SELECT_TRIALS_OR_AGGRESSIVE_MS',
 'Only in select clinical trials or for very aggressive MS types.', 'article', date '2026-11-24'),
('CA', 'Canada', 'SELECT_TRIALS_OR_AGGRESSIVE_MS',
 'Only in select clinical trials or for very aggressive MS types.', 'article', date '2026-11-24'),
('MX', 'Mexico', 'MEDICAL_TOURISM',
 'Clinica Ruiz is popular among medical tourists due to lower cost and liberal eligibility.', 'article', date '2026-11-24'),
('RU', 'Russia', 'EXPERIENCED_AFFORDABLE_PACKAGES',
 'Known for experienced teams and relatively affordable packages.', 'article', date '2026-11-24'),
('IN', 'India', 'EXPERIENCED_AFFORDABLE_PACKAGES',
 'Known for experienced teams and relatively affordable packages.', 'article', date '2026-11-24'),
('SE', 'Sweden', 'STRICT_TRIALS_OR_RAPIDLY_ADVANCING_MS',
 'In Europe, available in strict trial settings or for patients with rapidly advancing MS.', 'article', date '2026-11-24'),
('GB', 'United Kingdom', 'STRICT_TRIALS_OR_RAPIDLY_ADVANCING_MS',
 'In Europe, available in strict trial settings or for patients with rapidly advancing MS.', 'article', date '2026-11-24'),
('DE', 'Germany', 'STRICT_TRIALS_OR_RAPIDLY_ADVANCING_MS',
 'In Europe, available in strict trial settings or for patients with rapidly advancing MS.', 'article', date '2026-11-24');

insert into clinic (id, name, country_code, access_model, eligibility_policy, description, highlights, source_id, reviewed_on) values
('clinica-ruiz', 'Clinica Ruiz', 'MX', 'TREATMENT_CENTRE', 'LIBERAL',
 'Treatment centre in Mexico offering HSCT, popular among medical tourists due to lower cost and liberal eligibility.',
 array['Lower cost', 'Liberal eligibility', 'Popular among medical tourists'], 'article', date '2026-11-24'),
('aa-maximov-hospital', 'A.A. Maximov Hospital', 'RU', 'TREATMENT_CENTRE', null,
 'Hospital in Russia offering HSCT, named in the article''s cost comparison. Russia is known for experienced teams and '
 || 'relatively affordable packages.',
 array[]::text[], 'article', date '2026-11-24');

insert into clinic_therapy (clinic_id, therapy_code) values
('clinica-ruiz', 'HSCT'),
('aa-maximov-hospital', 'HSCT');

insert into cost (id, therapy_code, country_code, clinic_id, setting, label, min_amount, max_amount, currency, approximate,
                  price_note, includes, source_id, reviewed_on) values
('hsct-us-clinical-trial', 'HSCT', 'US', null, 'CLINICAL_TRIAL', 'USA (clinical trial)', 100000, null, 'USD', true,
 'Limited access; the figure is open-ended ($100,000+). From the article''s table "Cost of Stem Cell Treatment for MS", which does not name the therapy.',
 array['HOSPITALIZATION', 'MEDICATIONS', 'FOLLOW_UP_CARE'], 'article', date '2026-11-24'),
('hsct-mx-clinica-ruiz', 'HSCT', 'MX', 'clinica-ruiz', 'TREATMENT_CENTRE', 'Mexico (Clinica Ruiz)', 54500, 58000, 'USD', true,
 'From the article''s table "Cost of Stem Cell Treatment for MS", which does not name the therapy.', array['HOSPITALIZATION', 'MEDICATIONS', 'FOLLOW_UP_CARE'], 'article', date '2026-11-24'),
('hsct-ru-aa-maximov-hospital', 'HSCT', 'RU', 'aa-maximov-hospital', 'TREATMENT_CENTRE', 'Russia (A.A. Maximov Hospital)',
 45000, 50000, 'USD', true, 'From the article''s table "Cost of Stem Cell Treatment for MS", which does not name the therapy.', array['HOSPITALIZATION', 'MEDICATIONS', 'FOLLOW_UP_CARE'], 'article', date '2026-11-24'),
('hsct-in', 'HSCT', 'IN', null, null, 'India', 25000, 35000, 'USD', true,
 'From the article''s table "Cost of Stem Cell Treatment for MS", which does not name the therapy.', array['HOSPITALIZATION', 'MEDICATIONS', 'FOLLOW_UP_CARE'], 'article', date '2026-11-24');

insert into risk (id, therapy_code, name, description, category, severity, frequency, incidence_min_percent,
                  incidence_max_percent, can_be_permanent, source_id, reviewed_on) values
('hair-loss', 'HSCT', 'Hair loss', 'Hair loss, a side effect of the chemotherapy.', 'CHEMOTHERAPY_SIDE_EFFECT',
 null, null, null, null, null, 'article', date '2026-11-24'),
('nausea', 'HSCT', 'Nausea', 'Nausea, a side effect of the chemotherapy.', 'CHEMOTHERAPY_SIDE_EFFECT',
 null, null, null, null, null, 'article', date '2026-11-24'),
('fatigue', 'HSCT', 'Fatigue',
 'Fatigue, a side effect of the chemotherapy; common during the 6 to 12 months of recovery.', 'CHEMOTHERAPY_SIDE_EFFECT',
 null, 'COMMON', null, null, null, 'article', date '2026-11-24'),
('infections', 'HSCT', 'Infections',
 'Infections during immune suppression; common during the 6 to 12 months of recovery.', 'INFECTION',
 null, 'COMMON', null, null, null, 'article', date '2026-11-24'),
('infertility', 'HSCT', 'Infertility', 'Infertility, sometimes permanent.', 'FERTILITY',
 null, null, null, null, true, 'article', date '2026-11-24'),
('sepsis', 'HSCT', 'Sepsis', 'Risk of sepsis: rare but serious.', 'SERIOUS_COMPLICATION',
 'SERIOUS', 'RARE', null, null, null, 'article', date '2026-11-24'),
('organ-damage', 'HSCT', 'Organ damage', 'Risk of organ damage: rare but serious.', 'SERIOUS_COMPLICATION',
 'SERIOUS', 'RARE', null, null, null, 'article', date '2026-11-24'),
('mortality', 'HSCT', 'Death', '1 to 2% mortality risk, depending on the centre and the patient''s health.', 'MORTALITY',
 'FATAL', null, 1, 2, null, 'article', date '2026-11-24');

insert into study (id, title, short_name, kind, authors, published_year, journal, therapy_code, population, comparator,
                   summary, limitations, publication_id, source_id, reviewed_on) values
('mist', 'MIST trial: Effect of Nonmyeloablative HSCT vs DMT on Disease Progression in RRMS', 'MIST', 'CLINICAL_TRIAL',
 'Burt RK, et al.', 2019, 'JAMA', 'HSCT', 'People with relapsing-remitting MS (RRMS)', 'Disease-modifying therapies (DMTs)',
 'The largest clinical trial to date, published in JAMA in 2019, comparing HSCT with disease-modifying therapies in RRMS.',
 'Not a miracle cure: HSCT does not reverse all damage, and not everyone improves.',
 'burt-2019-jama', 'article', date '2026-11-24'),
('atkins-2016', 'Immunoablation and autologous hematopoietic stem cell transplantation in multiple sclerosis', null,
 'PUBLICATION', 'Atkins HL, et al.', 2016, 'Lancet', 'HSCT', null, null,
 'Cited in the article''s references; the article reports no findings from it.', null,
 'atkins-2016-lancet', 'article', date '2026-11-24'),
('other-studies', 'Other studies of HSCT in MS', null, 'EVIDENCE_SUMMARY', null, null, null, 'HSCT',
 null, null,
 'Findings the article reports from other studies, without naming them.', null,
 null, 'article', date '2026-11-24');

insert into study_finding (study_id, position, outcome, statement, population, comparator, value_min, value_max, value_unit,
                           approximate, open_ended, follow_up_years) values
('mist', 1, 'DISEASE_PROGRESSION', 'HSCT significantly reduced disease progression compared to DMTs.',
 'HSCT patients', 'DMTs', null, null, null, false, false, null),
('mist', 2, 'NO_NEW_RELAPSES_OR_MRI_LESIONS', 'No new relapses or MRI lesions in 69% of HSCT patients after 5 years.',
 'HSCT patients', null, 69, 69, 'PERCENT_OF_PATIENTS', false, false, 5),
('mist', 3, 'REGAINED_FUNCTION', 'Some patients regained lost function, like walking or seeing clearly again.',
 'Some HSCT patients', null, null, null, null, false, false, null),
('other-studies', 1, 'PROGRESSION_SLOWED_OR_HALTED', 'HSCT slows or halts progression in ~60–80% of RRMS cases.',
 'RRMS cases', null, 60, 80, 'PERCENT_OF_PATIENTS', true, false, null),
('other-studies', 2, 'QUALITY_OF_LIFE_AND_FATIGUE', 'Improved quality of life and fatigue levels.',
 null, null, null, null, null, false, false, null),
('other-studies', 3, 'LONG_TERM_REMISSION', 'Long-term remissions of up to 10+ years in some individuals.',
 'Some individuals', null, 10, null, 'YEARS', false, true, null);

insert into eligibility_criterion (id, therapy_code, kind, position, text, note, match, source_id, reviewed_on) values
('rrms-high-activity', 'HSCT', 'FAVOURABLE', 1, 'Relapsing-remitting MS (RRMS) with high disease activity.', null, 'ALL',
 'article', date '2026-11-24'),
('poor-dmt-response', 'HSCT', 'FAVOURABLE', 2, 'Poor response to traditional DMTs.', null, 'ALL', 'article', date '2026-11-24'),
('ms-under-10-years', 'HSCT', 'FAVOURABLE', 3, 'Has had MS for less than 10 years.', null, 'ALL', 'article', date '2026-11-24'),
('edss-under-6', 'HSCT', 'FAVOURABLE', 4,
 'Still mobile and not significantly disabled (EDSS score usually under 6.0).', null, 'ALL', 'article', date '2026-11-24'),
('progressive-ms', 'HSCT', 'UNFAVOURABLE', 1, 'Progressive forms of MS.', 'Trials in progressive MS are ongoing.', 'ALL',
 'article', date '2026-11-24'),
('long-standing-disability-or-comorbidities', 'HSCT', 'UNFAVOURABLE', 2, 'Long-standing disability or comorbidities.',
 null, 'ANY', 'article', date '2026-11-24'),
('doing-well-on-dmts', 'HSCT', 'UNFAVOURABLE', 3, 'Has had success with current DMTs.', null, 'ALL',
 'article', date '2026-11-24');

insert into eligibility_condition (criterion_id, position, parameter, operator, threshold, allowed, typical) values
('rrms-high-activity', 1, 'MS_TYPE', 'IN', null, array['RRMS'], false),
('rrms-high-activity', 2, 'DISEASE_ACTIVITY', 'IN', null, array['HIGH'], false),
('poor-dmt-response', 1, 'DMT_RESPONSE', 'IN', null, array['POOR'], false),
('ms-under-10-years', 1, 'YEARS_SINCE_DIAGNOSIS', 'LESS_THAN', 10, null, false),
('edss-under-6', 1, 'EDSS_SCORE', 'LESS_THAN', 6.0, null, true),
('progressive-ms', 1, 'MS_TYPE', 'IN', null, array['PPMS', 'SPMS'], false),
('long-standing-disability-or-comorbidities', 1, 'LONG_STANDING_DISABILITY', 'IN', null, array['YES'], false),
('long-standing-disability-or-comorbidities', 2, 'COMORBIDITIES', 'IN', null, array['YES'], false),
('doing-well-on-dmts', 1, 'DMT_RESPONSE', 'IN', null, array['GOOD'], false);

insert into faq (id, therapy_code, position, question, answer, source_id, reviewed_on) values
('is-hsct-a-cure', 'HSCT', 1, 'Is HSCT a cure for MS?',
 'No. It''s a powerful treatment that can stop disease activity for years—but it doesn''t cure MS.', 'article', date '2026-11-24'),
('will-my-neurologist-recommend-it', 'HSCT', 2, 'Will my neurologist recommend it?',
 'Possibly, if your MS is aggressive. But many neurologists are cautious due to risks.', 'article', date '2026-11-24'),
('can-it-reverse-symptoms', 'HSCT', 3, 'Can it reverse my MS symptoms?',
 'Sometimes—especially early on. Some patients regain lost function, but it''s not guaranteed.', 'article', date '2026-11-24'),
('how-long-is-recovery', 'HSCT', 4, 'How long does recovery take?',
 'Full recovery can take 6 to 12 months. Fatigue and infections are common during this period.', 'article', date '2026-11-24');

insert into note (id, category, position, title, text, therapy_code, source_id, reviewed_on) values
('what-is-ms', 'BACKGROUND', 1, 'What MS is',
 'Multiple sclerosis (MS) is a chronic, unpredictable autoimmune disease where the body attacks the protective sheath (myelin) '
 || 'around nerves in the central nervous system. This disruption can cause a wide range of symptoms—from fatigue and '
 || 'numbness to vision problems and loss of coordination.', null, 'article', date '2026-11-24'),
('dmts-and-stem-cells', 'BACKGROUND', 2, 'Where stem-cell therapy fits',
 'Disease-modifying therapies (DMTs) have been the mainstay of MS management. For people with aggressive or '
 || 'treatment-resistant MS, stem cell therapy is an emerging option.', null, 'article', date '2026-11-24'),
('what-stem-cells-do', 'BACKGROUND', 3, 'What stem cells are and do in MS therapy',
 'Stem cells are the body''s raw materials—cells from which all other cells with specialized functions are generated. '
 || 'In MS therapy, stem cells are used to reset or "reboot" the immune system, ideally stopping it from attacking the '
 || 'nervous system. There are two major approaches: HSCT and MSC.', null, 'article', date '2026-11-24'),
('where-hsct-is-offered', 'AVAILABILITY', 1, 'Where HSCT is offered',
 'HSCT is offered in several countries, both in clinical trials and specialized treatment centers.', 'HSCT', 'article',
 date '2026-11-24'),
('not-for-everyone', 'EVALUATION', 1, 'Eligibility depends on the MS',
 'Eligibility depends on the type of MS and its progression. HSCT is not for everyone.', 'HSCT', 'article', date '2026-11-24'),
('full-evaluation', 'EVALUATION', 2, 'A full evaluation comes first',
 'A full evaluation with an MS neurologist and transplant specialist is essential before proceeding.', 'HSCT', 'article',
 date '2026-11-24'),
('who-should-consider-it', 'EVALUATION', 3, 'Who might consider it',
 'If you have highly active MS and haven''t responded to DMTs, HSCT might be worth exploring. But it''s vital to consult a '
 || 'neurologist who knows stem cell protocols and stay informed through credible, evidence-based sources.', 'HSCT',
 'article', date '2026-11-24'),
('insurance', 'COST', 1, 'Insurance rarely pays',
 'Stem cell therapy is not cheap, and in many places, it''s not covered by insurance.', null, 'article', date '2026-11-24'),
('what-prices-include', 'COST', 2, 'What the prices include',
 'Prices include hospitalization, medications, and follow-up care.', 'HSCT', 'article', date '2026-11-24'),
('vet-the-clinic', 'COST', 3, 'Vet the clinic before committing',
 'Always vet the clinic''s reputation, safety protocols, and experience with MS patients before committing.', null,
 'article', date '2026-11-24'),
('a-serious-procedure', 'RISK', 1, 'A serious medical procedure',
 'HSCT is a serious medical procedure and carries real risks: it is essentially chemotherapy followed by a stem cell '
 || 'transplant, which can be intense. It is not a decision to take lightly: not just a spa treatment with IVs, but real '
 || 'medical intervention.', 'HSCT', 'article', date '2026-11-24'),
('not-a-miracle-cure', 'OUTCOMES', 1, 'Not a miracle cure',
 'HSCT is not a miracle cure. It doesn''t reverse all damage, and not everyone improves.', 'HSCT', 'article',
 date '2026-11-24'),
('results-vary', 'OUTCOMES', 2, 'Results vary',
 'Results vary. Some bounce back quickly, others have a rough recovery. There''s no guarantee of improvement—but the '
 || 'potential is real.', 'HSCT', 'article', date '2026-11-24'),
('public-journeys', 'PATIENT_EXPERIENCE', 1, 'People who went public',
 'Many people have gone public with their HSCT journeys. The article names Jen Brea, a filmmaker it describes as diagnosed '
 || 'with MS, who documented her recovery after HSCT. Some regained mobility, improved balance, or even reversed optic neuritis.',
 'HSCT', 'article', date '2026-11-24'),
('peer-support', 'PATIENT_EXPERIENCE', 2, 'Peer support',
 'Online communities like HSCT Warriors and Stem Cell Therapy for MS Facebook groups provide peer support and real-life '
 || 'testimonials.', 'HSCT', 'article', date '2026-11-24'),
('emotionally-intense', 'EMOTIONAL_HEALTH', 1, 'Emotionally intense',
 'HSCT is not just physically demanding—it''s emotionally intense.', 'HSCT', 'article', date '2026-11-24'),
('support-from-family', 'EMOTIONAL_HEALTH', 2, 'Support from family and friends',
 'You''ll need support from family and friends during and after treatment.', 'HSCT', 'article', date '2026-11-24'),
('therapist-or-support-group', 'EMOTIONAL_HEALTH', 3, 'A therapist or support group',
 'You''ll need a good therapist or support group to process the emotional highs and lows.', 'HSCT', 'article',
 date '2026-11-24'),
('realistic-expectations', 'EMOTIONAL_HEALTH', 4, 'Realistic expectations',
 'Hope is powerful, but grounded optimism is healthier than fantasy thinking.', 'HSCT', 'article', date '2026-11-24'),
('the-next-decade', 'FUTURE_DIRECTIONS', 1, 'The next decade',
 'The next decade could be revolutionary.', null, 'article', date '2026-11-24'),
('personalized-approaches', 'FUTURE_DIRECTIONS', 2, 'Personalized stem cell approaches',
 'Targeted therapies that use a person''s unique immune profile to customize treatment.', null, 'article', date '2026-11-24'),
('remyelination-strategies', 'FUTURE_DIRECTIONS', 3, 'Remyelination strategies',
 'Scientists are working on ways to stimulate stem cells to regrow myelin, not just suppress autoimmunity.', null, 'article',
 date '2026-11-24'),
('combination-therapies', 'FUTURE_DIRECTIONS', 4, 'Stem cell and drug combination therapies',
 'Combining MSCs with medications like anti-LINGO-1 or BTK inhibitors to enhance results.', 'MSC', 'article',
 date '2026-11-24'),
('regulatory-breakthroughs', 'FUTURE_DIRECTIONS', 5, 'Regulatory breakthroughs',
 'As more trials succeed, mainstream approval could bring wider access and insurance coverage.', null, 'article',
 date '2026-11-24'),
('informed-decisions', 'CONCLUSION', 1, 'Informed decision-making',
 'Stem cell treatment for MS is a symbol of both hope and complexity. For some, it''s life-changing. For others, it''s not '
 || 'the right fit. The key is informed decision-making, guided by both science and self-awareness. If you''re considering '
 || 'stem cell therapy, take your time. Ask questions. Connect with others who''ve done it.', null, 'article', date '2026-11-24');
