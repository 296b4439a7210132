-- Registered trials of HSCT and MSC in MS, and outcome findings from their publications and from cohort studies and a meta-analysis,
-- as public pages state them (docs/research/trials-and-outcomes.md, lines marked [ok]; a few values re-read on the same page on
-- 2026-12-02, named in the comments). Every valued field is cited by the page(s) that state it; what no page states stays empty.
-- Where pages disagree, every status report is kept, and for a single-valued field the registry's value is kept and the other named
-- in a comment. Findings from a secondary page (news, NHS SPS summary) sit in a study whose source is that page and whose summary
-- says it is a secondary report. The trail per source is in db/ledger/<source-id>.tsv.

insert into source (id, kind, title, publisher, published_year, url, description, reviewed_on, read_on, page_date) values
('ctgov-nct04047628', 'TRIAL_REGISTRY', 'Best Available Therapy Versus Autologous Hematopoetic Stem Cell Transplant for Multiple Sclerosis (BEAT-MS)', 'ClinicalTrials.gov', null, 'https://www.clinicaltrials.gov/ct2/show/study/NCT04047628',
 'ClinicalTrials.gov record of the BEAT-MS randomised trial of aHSCT versus best available therapy.', date '2026-12-02', date '2026-12-02', date '2023-03-03'),
('who-ictrp-nct04047628', 'TRIAL_REGISTRY', 'WHO ICTRP record NCT04047628 (BEAT-MS)', 'WHO International Clinical Trials Registry Platform', null, 'https://apps.who.int/trialsearch/Trial2.aspx?TrialID=NCT04047628',
 'WHO registry platform copy of the BEAT-MS registration: sponsor, first enrolment, sample size, design, countries, key inclusion criteria.', date '2026-12-02', date '2026-12-02', date '2024-02-05'),
('hra-beat-ms', 'TRIAL_REGISTRY', 'Best Available Therapy Vs Autologous Hematopoietic Stem Cell Transplant for MS (BEAT-MS)', 'UK Health Research Authority', null, 'https://www.hra.nhs.uk/planning-and-improving-research/application-summaries/research-summaries/best-available-therapy-vs-autologous-hematopoietic-stem-cell-transplant-for-ms-beat-ms',
 'UK Health Research Authority research summary of BEAT-MS: full title, IRAS and EudraCT numbers, sponsor.', date '2026-12-02', date '2026-12-02', null),
('who-ictrp-nct03477500', 'TRIAL_REGISTRY', 'WHO ICTRP record NCT03477500 (RAM-MS)', 'WHO International Clinical Trials Registry Platform', null, 'https://apps.who.int/trialsearch/Trial2.aspx?TrialID=NCT03477500',
 'WHO registry platform copy of the RAM-MS registration: sponsor, first enrolment, sample size, design, countries, contacts.', date '2026-12-02', date '2026-12-02', date '2024-01-15'),
('uib-kgj-ms-clinical-trials', 'ORGANISATION_WEBSITE', 'Clinical trials – KG Jebsen Centre for MS Research', 'University of Bergen', null, 'https://www.uib.no/en/rg/kgj-ms/126943/clinical-trials',
 'University of Bergen MS research group page on its trials, including RAM-MS (endpoint, design, time frame, investigators).', date '2026-12-02', date '2026-12-02', null),
('centerwatch-nct03477500', 'TRIAL_REGISTRY', 'Randomized Autologous heMatopoietic Stem Cell Transplantation Versus Alemtuzumab, Cladribine or Ocrelizumab for RRMS (RAM-MS)', 'CenterWatch', null, 'https://www.centerwatch.com/clinical-trials/listings/NCT03477500/randomized-autologous-hematopoietic-stem-cell-transplantation-versus-alemtuzumab-cladribine-or-ocrelizumab-for-rrms-ram-ms',
 'Trial listing site entry for RAM-MS mirroring ClinicalTrials.gov: status, EudraCT number, inclusion criteria.', date '2026-12-02', date '2026-12-02', date '2025-06-24'),
('hra-starms', 'TRIAL_REGISTRY', 'StarMS', 'UK Health Research Authority', null, 'https://hra.nhs.uk/planning-and-improving-research/application-summaries/research-summaries/starms',
 'UK Health Research Authority research summary of the StarMS trial: full title, IRAS, EudraCT and ISRCTN numbers, sponsor.', date '2026-12-02', date '2026-12-02', null),
('sheffield-ctru-starms', 'ORGANISATION_WEBSITE', 'StarMS', 'University of Sheffield Clinical Trials Research Unit', null, 'https://www.sheffield.ac.uk/ctru/current-trials/starms',
 'Page of the clinical trials unit coordinating StarMS: trial title, planned size, sites, comparator treatments.', date '2026-12-02', date '2026-12-02', null),
('aan-2024-starms-recruitment', 'JOURNAL_ARTICLE', 'StarMS recruitment characteristics (AAN 2024 abstract)', 'American Academy of Neurology annual meeting 2024 (abstract index)', 2024, 'https://index.mirasmart.com/AAN2024/PDFfiles/AAN2024-006649.html',
 'Conference abstract on the design of StarMS and the patients randomised by October 2023.', date '2026-12-02', date '2026-12-02', null),
('mstrust-star-ms-trial', 'ORGANISATION_WEBSITE', 'Star-MS trial (HSCT in MS)', 'MS Trust', null, 'https://mstrust.org.uk/a-z/star-ms-trial-hsct-ms',
 'MS charity information page on the StarMS trial: recruitment, age range, follow-up.', date '2026-12-02', date '2026-12-02', null),
('who-ictrp-nct03342638', 'TRIAL_REGISTRY', 'WHO ICTRP record NCT03342638 (MOST)', 'WHO International Clinical Trials Registry Platform', null, 'https://apps.who.int/trialsearch/Trial2.aspx?TrialID=NCT03342638',
 'WHO registry platform copy of the MOST registration: sponsor, first enrolment, sample size, design, key inclusion criteria.', date '2026-12-02', date '2026-12-02', date '2021-01-18'),
('ctgov-results-nct03342638', 'TRIAL_REGISTRY', 'Maximizing Outcome of Multiple Sclerosis Transplantation (MOST) – results', 'ClinicalTrials.gov', null, 'https://clinicaltrials.gov/ct2/show/results/NCT03342638',
 'ClinicalTrials.gov results record of the MOST trial: status, design, arms.', date '2026-12-02', date '2026-12-02', date '2021-01-11'),
('ctgov-results-nct00288626', 'TRIAL_REGISTRY', 'High-Dose Immunosuppression and Autologous Transplantation for Multiple Sclerosis (HALT MS) Study – results', 'ClinicalTrials.gov', null, 'https://clinicaltrials.gov/ct2/show/results/NCT00288626',
 'ClinicalTrials.gov results record of the HALT-MS trial: status, sponsor, design, interventions, recruitment.', date '2026-12-02', date '2026-12-02', date '2017-09-19'),
('itn-halt-ms-2017', 'NEWS', 'HALT-MS therapy effective for inducing long-term sustained remission of MS through 5 years after transplant', 'Immune Tolerance Network', 2017, 'https://immunetolerance.org/news-immunetolerance-org/halt-ms-therapy-effective-for-inducing-long-term-sustained-remission-of-ms-through-5-years-after-transplant',
 'News page of the network that ran HALT-MS summarising the 5-year results published in Neurology (secondary report).', date '2026-12-02', date '2026-12-02', date '2017-02-02'),
('veeva-nct01099930', 'TRIAL_REGISTRY', 'Autologous Stem Cell Transplant for Multiple Sclerosis (MS/BMT)', 'ClinicalTrials.Veeva', null, 'https://ctv.veeva.com/study/autologous-stem-cell-transplant-for-multiple-sclerosis',
 'Third-party mirror of the ClinicalTrials.gov record of the Canadian MS/BMT trial: sponsor, status, phase, identifiers, inclusion criteria.', date '2026-12-02', date '2026-12-02', null),
('pubmed-30644983-mist', 'JOURNAL_ARTICLE', 'Effect of Nonmyeloablative Hematopoietic Stem Cell Transplantation vs Continued Disease-Modifying Therapy on Disease Progression in Patients With Relapsing-Remitting Multiple Sclerosis: A Randomized Clinical Trial (PubMed abstract)', 'JAMA (PubMed abstract)', 2019, 'http://www.pubmed.gov/30644983/',
 'PubMed abstract of the MIST randomised trial results (Burt et al., JAMA 2019).', date '2026-12-02', date '2026-12-02', null),
('neurology-2018-mist-interim', 'JOURNAL_ARTICLE', 'Interim results of the MIST randomized trial (abstract S36.004)', 'Neurology (meeting abstract supplement)', 2018, 'https://n.neurology.org/content/90/15_Supplement/S36.004',
 'Meeting abstract with interim results of the MIST randomised trial of HSCT vs disease-modifying drugs in RRMS.', date '2026-12-02', date '2026-12-02', null),
('ctgov-nct00278655', 'TRIAL_REGISTRY', 'Hematopoietic Stem Cell Therapy for Patients With Multiple Sclerosis', 'ClinicalTrials.gov', null, 'https://www.clinicaltrials.gov/ct2/show/NCT00278655',
 'ClinicalTrials.gov record of a Northwestern phase I/II trial of HSCT in MS failing interferon therapy.', date '2026-12-02', date '2026-12-02', date '2014-05-01'),
('clinicaltrialexchange-nct04971005', 'TRIAL_REGISTRY', 'Ocrelizumab or Alemtuzumab Compared With Autologous Hematopoietic Stem Cell Transplantation in Multiple Sclerosis - a Phase-2 Randomised Controlled Trial', 'ClinicalTrialExchange', null, 'https://www.clinicaltrialexchange.com/clinical-trials/Ocrelizumab-or-Alemtuzumab-Compared-With-Autologous-Hematopoietic-Stem-Cell-Transplantation-in-Multiple-Sclerosis-a-Phase-2-Randomised-Controlled-Trial/NCT04971005',
 'Third-party mirror of the ClinicalTrials.gov record of the Hamburg COAST trial (undated).', date '2026-12-02', date '2026-12-02', null),
('trialsco-nct04971005', 'TRIAL_REGISTRY', 'Ocrelizumab or Alemtuzumab Compared With Autologous Hematopoietic Stem Cell Transplantation in Multiple Sclerosis (COAST)', 'trials.co', null, 'https://trials.co/clinical-trials-details/ocrelizumab-or-alemtuzumab-compared-with-autologous-hematopoietic-stem-cell-transplantation-in-multiple-sclerosis-a-phase-2-randomised-controlled-trial/NCT04971005',
 'Third-party mirror of the ClinicalTrials.gov record of the COAST trial (undated).', date '2026-12-02', date '2026-12-02', null),
('medpath-nct04971005', 'TRIAL_REGISTRY', 'Randomised trial of ocrelizumab, alemtuzumab or HSCT in multiple sclerosis (NCT04971005)', 'MedPath', null, 'https://trial.medpath.com/clinical-trial/dc04c105b30ca5de/randomised-trial-ocrelizumab-alemtuzumab-hsct-multiple-sclerosis',
 'Third-party mirror of the ClinicalTrials.gov record of the COAST trial (undated).', date '2026-12-02', date '2026-12-02', null),
('who-ictrp-nct02403947', 'TRIAL_REGISTRY', 'WHO ICTRP record NCT02403947 (MESEMS, Toulouse)', 'WHO International Clinical Trials Registry Platform', null, 'https://apps.who.int/trialsearch/Trial2.aspx?TrialID=NCT02403947',
 'WHO registry platform copy of the Toulouse MESEMS registration.', date '2026-12-02', date '2026-12-02', date '2020-12-12'),
('lancet-neurol-mesems-2021', 'JOURNAL_ARTICLE', 'Safety, tolerability, and activity of mesenchymal stem cells versus placebo in multiple sclerosis (MESEMS): a phase 2, randomised, double-blind crossover trial', 'The Lancet Neurology', 2021, 'https://www.thelancet.com/journals/laneur/article/PIIS1474-4422(21)00301-X/fulltext?dgcid=raven_jbs_etoc_email',
 'Journal page of the MESEMS results paper (Lancet Neurology, volume 20, issue 11, November 2021).', date '2026-12-02', date '2026-12-02', null),
('pmc-mesems-protocol-2019', 'JOURNAL_ARTICLE', 'MEsenchymal StEm cells for Multiple Sclerosis (MESEMS): protocol paper', 'Trials (PubMed Central)', 2019, 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6507027',
 'Protocol paper of the MESEMS trial, listing the national trial registrations it merges.', date '2026-12-02', date '2026-12-02', null),
('nhs-sps-mesems', 'HEALTH_SERVICE', 'Safety, tolerability, and activity of mesenchymal stem cells versus placebo in multiple sclerosis (MESEMS): summary', 'NHS Specialist Pharmacy Service', null, 'https://www.medicinesresources.nhs.uk/safety-tolerability-and-activity-of-mesenchymal-stem-cells-versus-placebo-in-multiple-sclerosis-mesems-a-phase-2-randomised-double-blind-crossover-trial.html',
 'NHS medicines information summary of the MESEMS paper in The Lancet Neurology (secondary report).', date '2026-12-02', date '2026-12-02', null),
('ctgov-nct00395200', 'TRIAL_REGISTRY', 'Mesenchymal Stem Cells in Multiple Sclerosis (MSCIMS)', 'ClinicalTrials.gov', null, 'https://www.clinicaltrials.gov/show/NCT00395200',
 'ClinicalTrials.gov record of the MSCIMS phase I/II trial of intravenous autologous MSC.', date '2026-12-02', date '2026-12-02', date '2011-10-25'),
('trialsco-nct02166021', 'TRIAL_REGISTRY', 'Clinical Efficacy of Autologous Mesenchymal Bone Marrow Stem Cells in Active & Progressive Multiple Sclerosis', 'trials.co', null, 'https://trials.co/clinical-trials-details/-/NCT02166021',
 'Third-party mirror of the ClinicalTrials.gov record of the Hadassah MSC trial (undated).', date '2026-12-02', date '2026-12-02', null),
('ctgov-nct00813969', 'TRIAL_REGISTRY', 'Autologous Mesenchymal Stem Cell (MSC) Transplantation in MS', 'ClinicalTrials.gov', null, 'https://www.clinicaltrials.gov/ct2/show/NCT00813969?term=NCT00813969&rank=1',
 'ClinicalTrials.gov record of a phase 1 trial of intravenous autologous MSC in relapsing forms of MS.', date '2026-12-02', date '2026-12-02', date '2016-03-30'),
('neurology-sormani-2017-citation', 'JOURNAL_ARTICLE', 'Autologous hematopoietic stem cell transplantation in multiple sclerosis', 'Neurology (citation and abstract export)', 2017, 'https://n.neurology.org/highwire/citation/4677/refworks-tagged',
 'The journals own citation export with the abstract of the Sormani et al. meta-analysis (Neurology 2017;88(22):2115-2122).', date '2026-12-02', date '2026-12-02', null),
('jnnp-burman-2014-citation', 'JOURNAL_ARTICLE', 'Autologous haematopoietic stem cell transplantation for aggressive multiple sclerosis: the Swedish experience', 'Journal of Neurology, Neurosurgery and Psychiatry (citation and abstract export)', 2014, 'https://jnnp.bmj.com/highwire/citation/159932/refworks-tagged',
 'The journals own citation export with the abstract of Burman et al. 2014 (JNNP 85(10):1116-1121).', date '2026-12-02', date '2026-12-02', null),
('pubmed-24554104-burman', 'JOURNAL_ARTICLE', 'Autologous haematopoietic stem cell transplantation for aggressive multiple sclerosis: the Swedish experience (PubMed abstract)', 'PubMed (via a translation proxy)', 2014, 'https://proxy.weglot.com/wg_31e3b69165a930b5a27173d9b265f5a52/nl/en/pubmed.ncbi.nlm.nih.gov/24554104',
 'PubMed abstract 24554104 of Burman et al. 2014, served through a translation proxy.', date '2026-12-02', date '2026-12-02', null),
('pmc-silfverberg-jnnp-sweden', 'JOURNAL_ARTICLE', 'Haematopoietic stem cell transplantation for treatment of relapsing-remitting multiple sclerosis in Sweden: an observational cohort study', 'Journal of Neurology, Neurosurgery and Psychiatry (PubMed Central)', 2023, 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10850659/?term=%22J+Neurol+Neurosurg+Psychiatry%22%5Bjour%5D',
 'PubMed Central full text of Silfverberg et al. (JNNP 95(2):125-133), a Swedish RRMS aHSCT cohort.', date '2026-12-02', date '2026-12-02', null),
('mssm-boffa-2021', 'JOURNAL_ARTICLE', 'Long-term clinical outcomes of hematopoietic stem cell transplantation in multiple sclerosis', 'Icahn School of Medicine at Mount Sinai (scholars repository)', 2021, 'https://scholars.mssm.edu/en/publications/long-term-clinical-outcomes-of-hematopoietic-stem-cell-transplant-2',
 'Institutional repository record with the abstract of Boffa et al. 2021, a 210-patient aHSCT cohort.', date '2026-12-02', date '2026-12-02', null),
('cord19-burt-2021-realworld', 'JOURNAL_ARTICLE', 'Real-world application of autologous hematopoietic stem cell transplantation in 507 patients with multiple sclerosis', 'J Neurol (CORD-19 text copy of the abstract)', 2021, 'https:///distantreader.org/stacks/cord/cord-0991343-zgc606nl.txt',
 'Plain-text copy (CORD-19 corpus) of the abstract of Burt et al. 2021, J Neurol, 507 patients at Northwestern University. URL kept exactly as returned.', date '2026-12-02', date '2026-12-02', date '2021-10-11');

-- Trials
-- BEAT-MS. The WHO copy renders the EDSS criterion as "EDSS = 6.0" (the comparison sign is lost), so edss_max stays empty.
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('beat-ms', 'Best Available Therapy Versus Autologous Hematopoetic Stem Cell Transplant for Multiple Sclerosis (BEAT-MS)', 'BEAT-MS', 'HSCT', 'PHASE_3', true, 'SINGLE', 'Multicentre; parallel assignment; 1:1 randomisation; outcomes assessor masked', 'Best available therapy', 156, null, array['GB', 'US']::text[], 'National Institute of Allergy and Infectious Diseases (NIAID)', '2019-12-19', 'RECRUITING', date '2024-02-05', array['RRMS', 'SPMS']::text[], 18, 55, null, null,
 'who-ictrp-nct04047628', date '2026-12-02',
 '{"acronym": ["ctgov-nct04047628", "who-ictrp-nct04047628"], "ageMax": ["who-ictrp-nct04047628"], "ageMin": ["who-ictrp-nct04047628"], "comparator": ["ctgov-nct04047628"], "countryCodes": ["who-ictrp-nct04047628"], "design": ["ctgov-nct04047628", "who-ictrp-nct04047628"], "identifiers": ["ctgov-nct04047628", "who-ictrp-nct04047628", "hra-beat-ms"], "masking": ["who-ictrp-nct04047628"], "msTypes": ["ctgov-nct04047628"], "phase": ["ctgov-nct04047628", "who-ictrp-nct04047628"], "randomised": ["ctgov-nct04047628", "who-ictrp-nct04047628"], "sponsor": ["who-ictrp-nct04047628", "hra-beat-ms"], "startDate": ["who-ictrp-nct04047628"], "statusReports": ["ctgov-nct04047628", "who-ictrp-nct04047628"], "targetEnrolment": ["ctgov-nct04047628", "who-ictrp-nct04047628"], "therapyCode": ["ctgov-nct04047628"], "title": ["ctgov-nct04047628", "who-ictrp-nct04047628"]}'::jsonb);
-- RAM-MS. Masking: the registry says single (outcomes assessor); the sponsor's research group page (UiB) calls the trial
-- unblinded. Start: the registry gives first enrolment 2018-03-21; the UiB page says first inclusion February 2018. The registry
-- values are kept. Status: WHO showed Recruiting (refreshed 2024-01-15), CenterWatch Active, not recruiting (updated 2025-06-24);
-- both kept.
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('ram-ms', 'Randomized Autologous heMatopoietic Stem Cell Transplantation Versus Alemtuzumab, Cladribine or Ocrelizumab for RRMS (RAM-MS)', 'RAM-MS', 'HSCT', 'PHASE_3', true, 'SINGLE', 'Multicentre; parallel assignment; outcomes assessor masked according to the registry (the sponsor group page calls it unblinded)', 'Alemtuzumab, cladribine or ocrelizumab', 100, null, array['DK', 'NL', 'NO', 'SE']::text[], 'Haukeland University Hospital', '2018-03-21', 'ACTIVE_NOT_RECRUITING', date '2025-06-24', array['RRMS']::text[], 18, 50, 0.0, 5.5,
 'who-ictrp-nct03477500', date '2026-12-02',
 '{"acronym": ["who-ictrp-nct03477500"], "ageMax": ["centerwatch-nct03477500"], "ageMin": ["centerwatch-nct03477500"], "comparator": ["who-ictrp-nct03477500"], "countryCodes": ["who-ictrp-nct03477500"], "design": ["who-ictrp-nct03477500", "uib-kgj-ms-clinical-trials"], "edssMax": ["centerwatch-nct03477500"], "edssMin": ["centerwatch-nct03477500"], "identifiers": ["who-ictrp-nct03477500", "centerwatch-nct03477500"], "masking": ["who-ictrp-nct03477500"], "msTypes": ["who-ictrp-nct03477500", "centerwatch-nct03477500"], "phase": ["who-ictrp-nct03477500"], "randomised": ["who-ictrp-nct03477500", "uib-kgj-ms-clinical-trials"], "sites": ["who-ictrp-nct03477500", "neuro-sysmed-ram-ms"], "sponsor": ["who-ictrp-nct03477500"], "startDate": ["who-ictrp-nct03477500"], "statusReports": ["who-ictrp-nct03477500", "centerwatch-nct03477500"], "targetEnrolment": ["who-ictrp-nct03477500", "neuro-sysmed-ram-ms"], "therapyCode": ["who-ictrp-nct03477500"], "title": ["who-ictrp-nct03477500"]}'::jsonb);
-- StarMS. Target enrolment: 198 on the Sheffield CTRU page (kept), 104 RRMS patients in the UK in the AAN 2024 abstract. Actual
-- enrolment 94 and completed recruitment come from one stored version of the undated MS Trust page; another version says it aims
-- to recruit 198. Masking: the AAN abstract calls the trial rater-blinded. No phase is stated on the pages read.
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('starms', 'A multicentre, randomised controlled trial to evaluate the efficacy of autologous haematopoietic stem cell transplantation versus alemtuzumab or ocrelizumab in relapsing remitting multiple sclerosis', 'StarMS', 'HSCT', null, true, 'SINGLE', 'Multicentre; parallel group; rater-blinded', 'Alemtuzumab, ocrelizumab, ofatumumab or cladribine', 198, 94, array['GB']::text[], 'Sheffield Teaching Hospitals', '2021-09', 'ACTIVE_NOT_RECRUITING', null, array['RRMS']::text[], 16, 55, null, null,
 'hra-starms', date '2026-12-02',
 '{"acronym": ["hra-starms"], "actualEnrolment": ["mstrust-star-ms-trial"], "ageMax": ["mstrust-star-ms-trial"], "ageMin": ["mstrust-star-ms-trial"], "comparator": ["sheffield-ctru-starms", "aan-2024-starms-recruitment"], "countryCodes": ["sheffield-ctru-starms"], "design": ["aan-2024-starms-recruitment"], "identifiers": ["hra-starms"], "masking": ["aan-2024-starms-recruitment"], "msTypes": ["hra-starms", "aan-2024-starms-recruitment"], "randomised": ["hra-starms", "aan-2024-starms-recruitment"], "sponsor": ["hra-starms"], "startDate": ["aan-2024-starms-recruitment"], "statusReports": ["mstrust-star-ms-trial"], "targetEnrolment": ["sheffield-ctru-starms"], "therapyCode": ["hra-starms", "sheffield-ctru-starms"], "title": ["hra-starms"]}'::jsonb);
-- MOST. The WHO copy allows EDSS above 6.0 for patients still relapsing-remitting with enhancing lesions, so edss_max stays
-- empty. The results record lists Enrollment 66 without saying whether actual; only the WHO target sample size (66) is kept.
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('most', 'Maximizing Outcome of Multiple Sclerosis Transplantation (MOST)', 'MOST', 'HSCT', 'PHASE_3', true, 'NONE', 'Parallel assignment; open label; two arms', 'HSCT control arm (cyclophosphamide, rabbit ATG and methylprednisolone conditioning) compared with an IVIg arm', 66, null, array['US']::text[], 'Northwestern University', '2017-11-08', 'TERMINATED', date '2021-01-18', '{}', 18, 58, 2.0, null,
 'who-ictrp-nct03342638', date '2026-12-02',
 '{"acronym": ["who-ictrp-nct03342638"], "ageMax": ["who-ictrp-nct03342638"], "ageMin": ["who-ictrp-nct03342638"], "comparator": ["ctgov-results-nct03342638"], "countryCodes": ["who-ictrp-nct03342638"], "design": ["who-ictrp-nct03342638", "ctgov-results-nct03342638"], "edssMin": ["who-ictrp-nct03342638"], "identifiers": ["who-ictrp-nct03342638", "ctgov-results-nct03342638"], "masking": ["who-ictrp-nct03342638", "ctgov-results-nct03342638"], "phase": ["who-ictrp-nct03342638"], "randomised": ["who-ictrp-nct03342638", "ctgov-results-nct03342638"], "sponsor": ["who-ictrp-nct03342638"], "startDate": ["who-ictrp-nct03342638"], "statusReports": ["ctgov-results-nct03342638", "who-ictrp-nct03342638"], "targetEnrolment": ["who-ictrp-nct03342638"], "therapyCode": ["ctgov-results-nct03342638"], "title": ["who-ictrp-nct03342638"]}'::jsonb);
-- HALT-MS. The phase (II) was re-read on the Immune Tolerance Network news page on 2026-12-02.
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('halt-ms', 'High-Dose Immunosuppression and Autologous Transplantation for Multiple Sclerosis (HALT MS) Study', 'HALT MS', 'HSCT', 'PHASE_2', false, 'NONE', 'Single group assignment; open label; three US sites', null, null, 25, array['US']::text[], 'National Institute of Allergy and Infectious Diseases (NIAID)', '2006-08', 'COMPLETED', date '2017-09-19', array['RRMS']::text[], null, null, null, null,
 'ctgov-results-nct00288626', date '2026-12-02',
 '{"acronym": ["ctgov-results-nct00288626"], "actualEnrolment": ["ctgov-results-nct00288626"], "countryCodes": ["ctgov-results-nct00288626"], "design": ["ctgov-results-nct00288626"], "identifiers": ["ctgov-results-nct00288626"], "masking": ["ctgov-results-nct00288626"], "msTypes": ["ctgov-results-nct00288626"], "phase": ["itn-halt-ms-2017"], "randomised": ["ctgov-results-nct00288626"], "sponsor": ["ctgov-results-nct00288626"], "startDate": ["ctgov-results-nct00288626"], "statusReports": ["ctgov-results-nct00288626"], "therapyCode": ["ctgov-results-nct00288626"], "title": ["ctgov-results-nct00288626"]}'::jsonb);
-- Canadian MS/BMT trial (Atkins et al. 2016). The official ClinicalTrials.gov pages were not found; the Veeva mirror and the
-- repository copy of the Lancet abstract are used. Title, sponsor, status, phase and enrolment were re-read on the Veeva page on
-- 2026-12-02; it shows no date. The mirror also lists a standard-therapy arm; the abstract describes a single-arm trial, so no
-- comparator is recorded.
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('ms-bmt-canada', 'Autologous Stem Cell Transplant for Multiple Sclerosis (MS/BMT)', 'MS/BMT', 'HSCT', 'PHASE_2', false, null, 'Single-arm trial at three hospitals', null, null, 24, array['CA']::text[], 'Ottawa Hospital Research Institute', null, 'COMPLETED', null, '{}', 18, 50, 3.0, 6.0,
 'veeva-nct01099930', date '2026-12-02',
 '{"acronym": ["veeva-nct01099930"], "actualEnrolment": ["atkins-2016-lancet", "veeva-nct01099930"], "ageMax": ["atkins-2016-lancet", "veeva-nct01099930"], "ageMin": ["atkins-2016-lancet", "veeva-nct01099930"], "countryCodes": ["atkins-2016-lancet"], "design": ["atkins-2016-lancet"], "edssMax": ["atkins-2016-lancet", "veeva-nct01099930"], "edssMin": ["atkins-2016-lancet", "veeva-nct01099930"], "identifiers": ["atkins-2016-lancet", "veeva-nct01099930"], "phase": ["atkins-2016-lancet", "veeva-nct01099930"], "randomised": ["atkins-2016-lancet"], "sponsor": ["veeva-nct01099930"], "statusReports": ["veeva-nct01099930"], "therapyCode": ["atkins-2016-lancet", "veeva-nct01099930"], "title": ["veeva-nct01099930"]}'::jsonb);
-- MIST. Its registry number was not confirmed on the paper or on an official registry page, so no identifier is recorded. The
-- paper names 4 centres in the US, Europe and South America without listing countries, so country_codes stays empty. No status
-- page was found.
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('mist', 'Effect of Nonmyeloablative Hematopoietic Stem Cell Transplantation vs Continued Disease-Modifying Therapy on Disease Progression in Patients With Relapsing-Remitting Multiple Sclerosis: A Randomized Clinical Trial', 'MIST', 'HSCT', null, true, 'SINGLE', '1:1 randomisation; EDSS rated by a blinded neurologist; crossover to HSCT allowed for DMT failures after at least 1 year', 'Disease-modifying therapy of higher efficacy or of a different class than the one used in the prior year', null, 110, '{}', null, '2005-09-20', null, null, array['RRMS']::text[], null, null, 2.0, 6.0,
 'burt-2019-jama', date '2026-12-02',
 '{"acronym": ["neurology-2018-mist-interim"], "actualEnrolment": ["burt-2019-jama", "pubmed-30644983-mist", "neurology-2018-mist-interim"], "comparator": ["burt-2019-jama"], "design": ["neurology-2018-mist-interim"], "edssMax": ["burt-2019-jama"], "edssMin": ["burt-2019-jama"], "masking": ["neurology-2018-mist-interim"], "msTypes": ["burt-2019-jama"], "randomised": ["burt-2019-jama", "neurology-2018-mist-interim"], "startDate": ["burt-2019-jama"], "therapyCode": ["burt-2019-jama"], "title": ["burt-2019-jama", "pubmed-30644983-mist"]}'::jsonb);
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('northwestern-hsct-interferon-failure', 'Hematopoietic Stem Cell Therapy for Patients With Multiple Sclerosis', null, 'HSCT', 'PHASE_1_2', false, 'NONE', 'Single group assignment; open label', null, null, 21, '{}', null, '2003-06', 'TERMINATED', date '2014-05-01', '{}', null, null, null, null,
 'ctgov-nct00278655', date '2026-12-02',
 '{"actualEnrolment": ["ctgov-nct00278655"], "design": ["ctgov-nct00278655"], "identifiers": ["ctgov-nct00278655"], "masking": ["ctgov-nct00278655"], "phase": ["ctgov-nct00278655"], "randomised": ["ctgov-nct00278655"], "startDate": ["ctgov-nct00278655"], "statusReports": ["ctgov-nct00278655"], "therapyCode": ["ctgov-nct00278655"], "title": ["ctgov-nct00278655"]}'::jsonb);
-- COAST. The two undated mirrors disagree on status (ClinicalTrialExchange: Recruiting; MedPath: Terminated); both are kept.
-- Terminated is listed first because the fact check found further mirrors that show it with a later update date (2022-03-16);
-- those pages are not cited here. The mirrors name no country; the sponsor is in Hamburg.
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('coast', 'Ocrelizumab or Alemtuzumab Compared With Autologous Hematopoietic Stem Cell Transplantation in Multiple Sclerosis - a Phase-2 Randomised Controlled Trial', 'COAST', 'HSCT', 'PHASE_2', true, 'SINGLE', 'Multicentre; rater-blinded', 'Ocrelizumab or alemtuzumab', null, null, '{}', 'Universitätsklinikum Hamburg-Eppendorf', null, 'TERMINATED', null, array['RRMS']::text[], 18, 55, 0.0, 6.0,
 'clinicaltrialexchange-nct04971005', date '2026-12-02',
 '{"acronym": ["trialsco-nct04971005"], "ageMax": ["clinicaltrialexchange-nct04971005"], "ageMin": ["clinicaltrialexchange-nct04971005"], "comparator": ["clinicaltrialexchange-nct04971005"], "design": ["medpath-nct04971005"], "edssMax": ["clinicaltrialexchange-nct04971005"], "edssMin": ["clinicaltrialexchange-nct04971005"], "identifiers": ["clinicaltrialexchange-nct04971005", "trialsco-nct04971005", "medpath-nct04971005"], "masking": ["medpath-nct04971005"], "msTypes": ["clinicaltrialexchange-nct04971005"], "phase": ["clinicaltrialexchange-nct04971005"], "randomised": ["clinicaltrialexchange-nct04971005", "medpath-nct04971005"], "sponsor": ["clinicaltrialexchange-nct04971005"], "statusReports": ["medpath-nct04971005", "clinicaltrialexchange-nct04971005"], "therapyCode": ["trialsco-nct04971005", "clinicaltrialexchange-nct04971005"], "title": ["clinicaltrialexchange-nct04971005"]}'::jsonb);
-- MESEMS, the international trial that merges national MSC trials under harmonised protocols. Its identifiers are the national
-- registrations the protocol paper lists (the Toulouse registration is a separate record below). Enrolment (144) and the first
-- randomisation date were re-read on the Lancet page on 2026-12-02. Phase: phase 2 in the results paper, phase I/II in the
-- protocol paper; the results paper's value is kept. The paper includes relapsing-remitting or progressive MS without naming
-- progressive types, so ms_types stays empty; the nine countries are not named.
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('mesems', 'Safety, tolerability, and activity of mesenchymal stem cells versus placebo in multiple sclerosis (MESEMS): a phase 2, randomised, double-blind crossover trial', 'MESEMS', 'MSC', 'PHASE_2', true, 'DOUBLE', '1:1 crossover: MSC then placebo at week 24, or placebo then MSC; follow-up visit at week 48; 15 sites in nine countries; merges national trials under harmonised protocols', 'Placebo', null, 144, '{}', null, '2012-07-16', null, null, '{}', 18, 50, 2.5, 6.5,
 'lancet-neurol-mesems-2021', date '2026-12-02',
 '{"acronym": ["lancet-neurol-mesems-2021", "pmc-mesems-protocol-2019"], "actualEnrolment": ["lancet-neurol-mesems-2021", "nhs-sps-mesems"], "ageMax": ["lancet-neurol-mesems-2021"], "ageMin": ["lancet-neurol-mesems-2021"], "comparator": ["lancet-neurol-mesems-2021"], "design": ["lancet-neurol-mesems-2021", "pmc-mesems-protocol-2019"], "edssMax": ["lancet-neurol-mesems-2021"], "edssMin": ["lancet-neurol-mesems-2021"], "identifiers": ["pmc-mesems-protocol-2019"], "masking": ["lancet-neurol-mesems-2021", "pmc-mesems-protocol-2019"], "phase": ["lancet-neurol-mesems-2021"], "randomised": ["lancet-neurol-mesems-2021", "pmc-mesems-protocol-2019"], "startDate": ["lancet-neurol-mesems-2021"], "therapyCode": ["lancet-neurol-mesems-2021"], "title": ["lancet-neurol-mesems-2021"]}'::jsonb);
-- The Toulouse registration of MESEMS (target sample size 1 as shown, terminated).
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('mesems-toulouse', 'MEsenchymal StEm Cells for Multiple Sclerosis (MESEMS)', 'MESEMS', 'MSC', 'PHASE_1_2', true, 'QUADRUPLE', 'Crossover; participant, care provider, investigator and outcomes assessor masked', null, 1, null, array['FR']::text[], 'University Hospital, Toulouse', '2015-02', 'TERMINATED', date '2020-12-12', array['RRMS', 'SPMS']::text[], 18, 50, null, null,
 'who-ictrp-nct02403947', date '2026-12-02',
 '{"acronym": ["who-ictrp-nct02403947"], "ageMax": ["who-ictrp-nct02403947"], "ageMin": ["who-ictrp-nct02403947"], "countryCodes": ["who-ictrp-nct02403947"], "design": ["who-ictrp-nct02403947"], "identifiers": ["who-ictrp-nct02403947"], "masking": ["who-ictrp-nct02403947"], "msTypes": ["who-ictrp-nct02403947"], "phase": ["who-ictrp-nct02403947"], "randomised": ["who-ictrp-nct02403947"], "sites": ["who-ictrp-nct02403947"], "sponsor": ["who-ictrp-nct02403947"], "startDate": ["who-ictrp-nct02403947"], "statusReports": ["who-ictrp-nct02403947"], "targetEnrolment": ["who-ictrp-nct02403947"], "therapyCode": ["who-ictrp-nct02403947"], "title": ["who-ictrp-nct02403947"]}'::jsonb);
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('mscims', 'Mesenchymal Stem Cells in Multiple Sclerosis (MSCIMS)', 'MSCIMS', 'MSC', 'PHASE_1_2', false, 'NONE', 'Single group assignment; open label', null, null, 10, '{}', null, '2008-07', 'COMPLETED', date '2011-10-25', '{}', null, null, null, null,
 'ctgov-nct00395200', date '2026-12-02',
 '{"acronym": ["ctgov-nct00395200"], "actualEnrolment": ["ctgov-nct00395200"], "design": ["ctgov-nct00395200"], "identifiers": ["ctgov-nct00395200"], "masking": ["ctgov-nct00395200"], "phase": ["ctgov-nct00395200"], "randomised": ["ctgov-nct00395200"], "startDate": ["ctgov-nct00395200"], "statusReports": ["ctgov-nct00395200"], "therapyCode": ["ctgov-nct00395200"], "title": ["ctgov-nct00395200"]}'::jsonb);
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('hadassah-msc', 'Clinical Efficacy of Autologous Mesenchymal Bone Marrow Stem Cells in Active & Progressive Multiple Sclerosis', null, 'MSC', null, null, null, 'Three arms (intrathecal MSC, intravenous MSC, placebo) with re-treatment/crossover at 6 months', 'Placebo', null, null, '{}', null, null, null, null, array['PPMS', 'SPMS']::text[], 18, 65, 3.5, 6.5,
 'trialsco-nct02166021', date '2026-12-02',
 '{"ageMax": ["trialsco-nct02166021"], "ageMin": ["trialsco-nct02166021"], "comparator": ["trialsco-nct02166021"], "design": ["trialsco-nct02166021"], "edssMax": ["trialsco-nct02166021"], "edssMin": ["trialsco-nct02166021"], "identifiers": ["trialsco-nct02166021"], "msTypes": ["trialsco-nct02166021"], "sites": ["trialsco-nct02166021"], "therapyCode": ["trialsco-nct02166021"], "title": ["trialsco-nct02166021"]}'::jsonb);
insert into trial (id, title, acronym, therapy_code, phase, randomised, masking, design, comparator, target_enrolment, actual_enrolment, country_codes, sponsor, start_date, status, status_as_of, ms_types, age_min, age_max, edss_min, edss_max, source_id, reviewed_on, citations) values
('autologous-msc-phase-1', 'Autologous Mesenchymal Stem Cell (MSC) Transplantation in MS', null, 'MSC', 'PHASE_1', false, 'NONE', 'Single group assignment; open label; single intravenous infusion', null, null, 24, '{}', null, '2011-03', 'COMPLETED', date '2016-03-30', array['RRMS', 'SPMS', 'PRMS']::text[], null, null, null, null,
 'ctgov-nct00813969', date '2026-12-02',
 '{"actualEnrolment": ["ctgov-nct00813969"], "design": ["ctgov-nct00813969"], "identifiers": ["ctgov-nct00813969"], "masking": ["ctgov-nct00813969"], "msTypes": ["ctgov-nct00813969"], "phase": ["ctgov-nct00813969"], "randomised": ["ctgov-nct00813969"], "startDate": ["ctgov-nct00813969"], "statusReports": ["ctgov-nct00813969"], "therapyCode": ["ctgov-nct00813969"], "title": ["ctgov-nct00813969"]}'::jsonb);

insert into trial_identifier (trial_id, position, registry, value) values
('beat-ms', 1, 'NCT', 'NCT04047628'),
('beat-ms', 2, 'EUDRACT', '2020-000979-21'),
('beat-ms', 3, 'IRAS', '1004366'),
('ram-ms', 1, 'NCT', 'NCT03477500'),
('ram-ms', 2, 'EUDRACT', '2017-001362-25'),
('starms', 1, 'ISRCTN', 'ISRCTN88667898'),
('starms', 2, 'EUDRACT', '2019-001549-42'),
('starms', 3, 'IRAS', '265127'),
('most', 1, 'NCT', 'NCT03342638'),
('halt-ms', 1, 'NCT', 'NCT00288626'),
('ms-bmt-canada', 1, 'NCT', 'NCT01099930'),
('ms-bmt-canada', 2, 'OTHER', '200037401H'),
('northwestern-hsct-interferon-failure', 1, 'NCT', 'NCT00278655'),
('coast', 1, 'NCT', 'NCT04971005'),
('mesems', 1, 'NCT', 'NCT01745783'),
('mesems', 2, 'NCT', 'NCT02035514'),
('mesems', 3, 'EUDRACT', '2010-024081-21'),
('mesems', 4, 'NCT', 'NCT02239393'),
('mesems', 5, 'EUDRACT', '2012-000518-13'),
('mesems', 6, 'NCT', 'NCT01854957'),
('mesems', 7, 'EUDRACT', '2011-001295-19'),
('mesems', 8, 'NCT', 'NCT01606215'),
('mesems', 9, 'EUDRACT', '2012-002357-35'),
('mesems', 10, 'EUDRACT', '2015-000137-78'),
('mesems-toulouse', 1, 'NCT', 'NCT02403947'),
('mscims', 1, 'NCT', 'NCT00395200'),
('hadassah-msc', 1, 'NCT', 'NCT02166021'),
('autologous-msc-phase-1', 1, 'NCT', 'NCT00813969');

insert into trial_status (trial_id, position, status, as_of, source_id) values
('beat-ms', 1, 'RECRUITING', date '2023-03-03', 'ctgov-nct04047628'),
('beat-ms', 2, 'RECRUITING', date '2024-02-05', 'who-ictrp-nct04047628'),
('ram-ms', 1, 'RECRUITING', date '2024-01-15', 'who-ictrp-nct03477500'),
('ram-ms', 2, 'ACTIVE_NOT_RECRUITING', date '2025-06-24', 'centerwatch-nct03477500'),
('starms', 1, 'ACTIVE_NOT_RECRUITING', null, 'mstrust-star-ms-trial'),
('most', 1, 'TERMINATED', date '2021-01-11', 'ctgov-results-nct03342638'),
('most', 2, 'TERMINATED', date '2021-01-18', 'who-ictrp-nct03342638'),
('halt-ms', 1, 'COMPLETED', date '2017-09-19', 'ctgov-results-nct00288626'),
('ms-bmt-canada', 1, 'COMPLETED', null, 'veeva-nct01099930'),
('northwestern-hsct-interferon-failure', 1, 'TERMINATED', date '2014-05-01', 'ctgov-nct00278655'),
('coast', 1, 'TERMINATED', null, 'medpath-nct04971005'),
('coast', 2, 'RECRUITING', null, 'clinicaltrialexchange-nct04971005'),
('mesems-toulouse', 1, 'TERMINATED', date '2020-12-12', 'who-ictrp-nct02403947'),
('mscims', 1, 'COMPLETED', date '2011-10-25', 'ctgov-nct00395200'),
('autologous-msc-phase-1', 1, 'COMPLETED', date '2016-03-30', 'ctgov-nct00813969');

insert into trial_site (trial_id, position, name, city, country_code, clinic_id) values
('ram-ms', 1, 'Haukeland University Hospital', 'Bergen', 'NO', 'haukeland-university-hospital'),
('ram-ms', 2, 'Rigshospitalet', null, 'DK', null),
('ram-ms', 3, 'Tromsø University Hospital', null, 'NO', null),
('ram-ms', 4, 'Akademiska sjukhuset', 'Uppsala', 'SE', 'akademiska-sjukhuset'),
('mesems-toulouse', 1, 'Purpan Hospital', null, 'FR', null),
('hadassah-msc', 1, 'Hadassah Medical Organization', null, null, null);

-- Studies (publications reporting outcomes)
-- Interim MIST results, AAN 2018 meeting abstract. The p-value is cut off on the page; the title is given as the page names the
-- trial.
insert into study (id, title, short_name, kind, authors, published_year, journal, therapy_code, population, comparator, summary, limitations, publication_id, source_id, reviewed_on, trial_id, citations) values
('mist-interim-2018', 'Multiple Sclerosis International Stem cell Transplant (MIST) Randomized Trial: interim results (abstract S36.004)', 'MIST interim results', 'CLINICAL_TRIAL', null, 2018, 'Neurology', 'HSCT', 'Patients with RRMS on stable disease-modifying drugs with more than 2 relapses in the prior 12 months', 'Continued treatment with the most appropriate disease-modifying drug chosen by the treating neurologist', 'Meeting abstract with interim results of the MIST randomised trial of HSCT vs disease-modifying drugs in 110 patients with RRMS.', null, 'neurology-2018-mist-interim',
 'neurology-2018-mist-interim', date '2026-12-02', 'mist',
 '{"comparator": ["neurology-2018-mist-interim"], "findings": ["neurology-2018-mist-interim"], "journal": ["neurology-2018-mist-interim"], "kind": ["neurology-2018-mist-interim"], "population": ["neurology-2018-mist-interim"], "publicationId": ["neurology-2018-mist-interim"], "shortName": ["neurology-2018-mist-interim"], "summary": ["neurology-2018-mist-interim"], "therapyCode": ["neurology-2018-mist-interim"], "title": ["neurology-2018-mist-interim"], "trialId": ["neurology-2018-mist-interim"], "year": ["neurology-2018-mist-interim"]}'::jsonb);
-- Sormani et al. 2017: title and authors re-read on the journal's citation export on 2026-12-02 (its title field has no
-- subtitle).
insert into study (id, title, short_name, kind, authors, published_year, journal, therapy_code, population, comparator, summary, limitations, publication_id, source_id, reviewed_on, trial_id, citations) values
('sormani-2017', 'Autologous hematopoietic stem cell transplantation in multiple sclerosis', null, 'EVIDENCE_SUMMARY', 'Sormani MP, Muraro PA, Schiavetti I, Signori A, Laroni A, Saccardi R, Mancardi GL', 2017, 'Neurology', 'HSCT', 'Published studies of aHSCT in any form of MS, 1995 to 2016 (15 studies, 764 transplanted patients)', null, 'Meta-analysis of 15 published studies (764 patients) of aHSCT in MS from 1995 to 2016.', null, 'neurology-sormani-2017-citation',
 'neurology-sormani-2017-citation', date '2026-12-02', null,
 '{"authors": ["neurology-sormani-2017-citation"], "findings": ["neurology-sormani-2017-citation"], "journal": ["neurology-sormani-2017-citation"], "kind": ["neurology-sormani-2017-citation"], "population": ["neurology-sormani-2017-citation"], "publicationId": ["neurology-sormani-2017-citation"], "summary": ["neurology-sormani-2017-citation"], "therapyCode": ["neurology-sormani-2017-citation"], "title": ["neurology-sormani-2017-citation"], "year": ["neurology-sormani-2017-citation"]}'::jsonb);
insert into study (id, title, short_name, kind, authors, published_year, journal, therapy_code, population, comparator, summary, limitations, publication_id, source_id, reviewed_on, trial_id, citations) values
('burman-2014', 'Autologous haematopoietic stem cell transplantation for aggressive multiple sclerosis: the Swedish experience', null, 'PUBLICATION', 'Burman J, Iacobaeus E, Svenningsson A, Lycke J, Gunnarsson M, et al., Fagius J', 2014, 'J Neurol Neurosurg Psychiatry', 'HSCT', 'Patients with aggressive MS treated with aHSCT at Swedish hospitals; 41 with at least 1 year of follow-up analysed for outcome, 83% RRMS', null, 'Observational study of 48 patients treated with aHSCT for aggressive MS in Sweden, with prospectively collected follow-up (mean 47 months).', null, 'jnnp-burman-2014-citation',
 'jnnp-burman-2014-citation', date '2026-12-02', null,
 '{"authors": ["jnnp-burman-2014-citation"], "findings": ["jnnp-burman-2014-citation", "pubmed-24554104-burman"], "journal": ["jnnp-burman-2014-citation"], "kind": ["jnnp-burman-2014-citation"], "population": ["jnnp-burman-2014-citation"], "publicationId": ["jnnp-burman-2014-citation"], "summary": ["jnnp-burman-2014-citation"], "therapyCode": ["jnnp-burman-2014-citation"], "title": ["jnnp-burman-2014-citation"], "year": ["jnnp-burman-2014-citation"]}'::jsonb);
-- Silfverberg et al.: the page's citation reads J Neurol Neurosurg Psychiatry 2023 Sep 25;95(2):125-133, so the year is 2023 as
-- shown.
insert into study (id, title, short_name, kind, authors, published_year, journal, therapy_code, population, comparator, summary, limitations, publication_id, source_id, reviewed_on, trial_id, citations) values
('silfverberg-sweden-rrms', 'Haematopoietic stem cell transplantation for treatment of relapsing-remitting multiple sclerosis in Sweden: an observational cohort study', null, 'PUBLICATION', 'Silfverberg T, Zjukovskaja C, Ljungman P, Nahimi A, et al., Carlson K, Burman J', 2023, 'J Neurol Neurosurg Psychiatry', 'HSCT', '174 patients with RRMS treated with aHSCT in Sweden before 1 January 2020', null, 'Observational cohort study of 174 RRMS patients treated with aHSCT in Sweden, using prospectively collected Swedish MS registry data.', null, 'pmc-silfverberg-jnnp-sweden',
 'pmc-silfverberg-jnnp-sweden', date '2026-12-02', null,
 '{"authors": ["pmc-silfverberg-jnnp-sweden"], "findings": ["pmc-silfverberg-jnnp-sweden"], "journal": ["pmc-silfverberg-jnnp-sweden"], "kind": ["pmc-silfverberg-jnnp-sweden"], "population": ["pmc-silfverberg-jnnp-sweden"], "publicationId": ["pmc-silfverberg-jnnp-sweden"], "summary": ["pmc-silfverberg-jnnp-sweden"], "therapyCode": ["pmc-silfverberg-jnnp-sweden"], "title": ["pmc-silfverberg-jnnp-sweden"], "year": ["pmc-silfverberg-jnnp-sweden"]}'::jsonb);
-- Boffa et al. 2021: the repository record does not show the journal name in the part read, so journal stays empty (title,
-- authors and year re-read there on 2026-12-02); mortality and the conditioning hazard ratio are cut off on this page and left
-- out.
insert into study (id, title, short_name, kind, authors, published_year, journal, therapy_code, population, comparator, summary, limitations, publication_id, source_id, reviewed_on, trial_id, citations) values
('boffa-2021', 'Long-term clinical outcomes of hematopoietic stem cell transplantation in multiple sclerosis', null, 'PUBLICATION', 'Boffa G, Massacesi L, Inglese M, Mariottini A, Capobianco M, et al., Saccardi R, Mancardi G', 2021, null, 'HSCT', '210 patients with MS treated with aHSCT (122 RRMS); median baseline EDSS 6', null, 'Analysis of long-term outcomes in a cohort of 210 patients with MS treated with aHSCT (mean follow-up 6.2 years).', null, 'mssm-boffa-2021',
 'mssm-boffa-2021', date '2026-12-02', null,
 '{"authors": ["mssm-boffa-2021"], "findings": ["mssm-boffa-2021"], "kind": ["mssm-boffa-2021"], "population": ["mssm-boffa-2021"], "publicationId": ["mssm-boffa-2021"], "summary": ["mssm-boffa-2021"], "therapyCode": ["mssm-boffa-2021"], "title": ["mssm-boffa-2021"], "year": ["mssm-boffa-2021"]}'::jsonb);
insert into study (id, title, short_name, kind, authors, published_year, journal, therapy_code, population, comparator, summary, limitations, publication_id, source_id, reviewed_on, trial_id, citations) values
('burt-2021-real-world', 'Real-world application of autologous hematopoietic stem cell transplantation in 507 patients with multiple sclerosis', null, 'PUBLICATION', 'Burt RK, Han X, Quigley K, Helenowski IB, Balabanov R', 2021, 'J Neurol', 'HSCT', '414 patients with RRMS and 93 with newly diagnosed SPMS treated with non-myeloablative HSCT at Northwestern University, July 2003 to October 2019', null, 'Single-centre report of 507 patients with MS treated with non-myeloablative HSCT at Northwestern University.', null, 'cord19-burt-2021-realworld',
 'cord19-burt-2021-realworld', date '2026-12-02', null,
 '{"authors": ["cord19-burt-2021-realworld"], "findings": ["cord19-burt-2021-realworld"], "journal": ["cord19-burt-2021-realworld"], "kind": ["cord19-burt-2021-realworld"], "population": ["cord19-burt-2021-realworld"], "publicationId": ["cord19-burt-2021-realworld"], "summary": ["cord19-burt-2021-realworld"], "therapyCode": ["cord19-burt-2021-realworld"], "title": ["cord19-burt-2021-realworld"], "year": ["cord19-burt-2021-realworld"]}'::jsonb);
-- MESEMS results: the figure comes from the NHS Specialist Pharmacy Service summary (a secondary report), so the study's source
-- is that page; the paper's own page is its publication.
insert into study (id, title, short_name, kind, authors, published_year, journal, therapy_code, population, comparator, summary, limitations, publication_id, source_id, reviewed_on, trial_id, citations) values
('mesems-2021', 'Safety, tolerability, and activity of mesenchymal stem cells versus placebo in multiple sclerosis (MESEMS): a phase 2, randomised, double-blind crossover trial', 'MESEMS', 'CLINICAL_TRIAL', null, 2021, 'The Lancet Neurology', 'MSC', 'Patients aged 18-50 with active relapsing-remitting or progressive MS and EDSS 2.5-6.5', 'Placebo', 'Secondary report: NHS Specialist Pharmacy Service summary of the MESEMS phase 2 randomised crossover trial of autologous MSC vs placebo in 144 patients.', null, 'lancet-neurol-mesems-2021',
 'nhs-sps-mesems', date '2026-12-02', 'mesems',
 '{"comparator": ["lancet-neurol-mesems-2021", "nhs-sps-mesems"], "findings": ["nhs-sps-mesems"], "journal": ["lancet-neurol-mesems-2021", "nhs-sps-mesems"], "kind": ["lancet-neurol-mesems-2021"], "population": ["lancet-neurol-mesems-2021"], "publicationId": ["lancet-neurol-mesems-2021", "nhs-sps-mesems"], "shortName": ["lancet-neurol-mesems-2021"], "summary": ["nhs-sps-mesems"], "therapyCode": ["lancet-neurol-mesems-2021", "nhs-sps-mesems"], "title": ["lancet-neurol-mesems-2021", "nhs-sps-mesems"], "trialId": ["lancet-neurol-mesems-2021"], "year": ["lancet-neurol-mesems-2021"]}'::jsonb);
-- HALT-MS 5-year results as summarised by the Immune Tolerance Network news page (a secondary report); the paper's own page
-- showed no text.
insert into study (id, title, short_name, kind, authors, published_year, journal, therapy_code, population, comparator, summary, limitations, publication_id, source_id, reviewed_on, trial_id, citations) values
('halt-ms-2017', 'HALT-MS therapy effective for inducing long-term sustained remission of MS through 5 years after transplant', 'HALT-MS', 'CLINICAL_TRIAL', null, 2017, 'Neurology', 'HSCT', 'Patients with RRMS who had relapses with loss of neurological function on disease-modifying therapy', null, 'Secondary report: Immune Tolerance Network news summary of the 5-year results of the single-arm HALT-MS phase II trial, published in Neurology.', null, null,
 'itn-halt-ms-2017', date '2026-12-02', 'halt-ms',
 '{"findings": ["itn-halt-ms-2017"], "journal": ["itn-halt-ms-2017"], "kind": ["itn-halt-ms-2017"], "population": ["itn-halt-ms-2017"], "shortName": ["itn-halt-ms-2017"], "summary": ["itn-halt-ms-2017"], "therapyCode": ["itn-halt-ms-2017"], "title": ["itn-halt-ms-2017"], "trialId": ["itn-halt-ms-2017"], "year": ["itn-halt-ms-2017"]}'::jsonb);

insert into study_finding (study_id, position, outcome, statement, population, comparator, value_min, value_max, value_unit, approximate, open_ended, follow_up_years, patients, comparator_value, ci_low, ci_high, ci_level, follow_up_measure) values
('mist-interim-2018', 1, 'TREATMENT_FAILURE', 'Treatment failure (EDSS increase of at least 1.0 sustained 6 months) with HSCT vs continued disease-modifying drugs.', 'HSCT arm (3 of 52)', 'Control arm on disease-modifying drugs (30 of 50)', 6, 6, 'PERCENT_OF_PATIENTS', false, false, 3, 52, 60, null, null, null, 'MEAN'),
('mist-interim-2018', 2, 'DEATHS', 'No deaths and no grade 4 non-haematopoietic toxicity in the transplant arm.', 'HSCT arm', null, 0, 0, 'PATIENTS', false, false, 3, null, null, null, null, null, 'MEAN'),
('sormani-2017', 1, 'TRANSPLANT_RELATED_MORTALITY', 'Pooled transplant-related mortality; higher in older studies, in studies with fewer RRMS patients and with higher baseline EDSS.', null, null, 2.1, 2.1, 'PERCENT_OF_PATIENTS', false, false, null, 764, null, 1.3, 3.4, 95, null),
('sormani-2017', 2, 'DISEASE_PROGRESSION', 'Pooled rate of disability progression at 2 years.', null, null, 17.1, 17.1, 'PERCENT_OF_PATIENTS', false, false, 2, null, null, 9.7, 24.5, 95, 'AT'),
('sormani-2017', 3, 'DISEASE_PROGRESSION', 'Pooled rate of disability progression at 5 years.', null, null, 23.3, 23.3, 'PERCENT_OF_PATIENTS', false, false, 5, null, null, 16.3, 31.8, 95, 'AT'),
('sormani-2017', 4, 'NO_EVIDENCE_OF_DISEASE_ACTIVITY', 'Pooled proportion with no evidence of disease activity at 2 years (range across studies 70-92%).', null, null, 83, 83, 'PERCENT_OF_PATIENTS', false, false, 2, null, null, null, null, null, 'AT'),
('sormani-2017', 5, 'NO_EVIDENCE_OF_DISEASE_ACTIVITY', 'Pooled proportion with no evidence of disease activity at 5 years (range across studies 59-70%).', null, null, 67, 67, 'PERCENT_OF_PATIENTS', false, false, 5, null, null, null, null, null, 'AT'),
('burman-2014', 1, 'RELAPSE_FREE_SURVIVAL', 'Relapse-free survival 5 years after aHSCT.', null, null, 87, 87, 'PERCENT_OF_PATIENTS', false, false, 5, 41, null, null, null, null, 'AT'),
('burman-2014', 2, 'MRI_ACTIVITY', 'MRI event-free survival 5 years after aHSCT.', null, null, 85, 85, 'PERCENT_OF_PATIENTS', false, false, 5, 41, null, null, null, null, 'AT'),
('burman-2014', 3, 'PROGRESSION_FREE_SURVIVAL', 'EDSS progression-free survival 5 years after aHSCT.', null, null, 77, 77, 'PERCENT_OF_PATIENTS', false, false, 5, 41, null, null, null, null, 'AT'),
('burman-2014', 4, 'NO_EVIDENCE_OF_DISEASE_ACTIVITY', 'Disease-free survival (no relapse, no new MRI lesion, no EDSS progression) 5 years after aHSCT.', null, null, 68, 68, 'PERCENT_OF_PATIENTS', false, false, 5, 41, null, null, null, null, 'AT'),
('burman-2014', 5, 'NO_EVIDENCE_OF_DISEASE_ACTIVITY', 'Disease-free survival at 5 years by gadolinium-enhancing lesions before aHSCT (p=0.028).', 'Patients with gadolinium-enhancing lesions before aHSCT', 'Patients without gadolinium-enhancing lesions', 79, 79, 'PERCENT_OF_PATIENTS', false, false, 5, null, 46, null, null, null, 'AT'),
('burman-2014', 6, 'DEATHS', 'No mortality.', null, null, 0, 0, 'PATIENTS', false, false, null, 48, null, null, null, null, null),
('burman-2014', 7, 'ADVERSE_EVENTS', 'Herpes zoster reactivation, the most common long-term side effect (thyroid disease in 8.4%).', null, null, 15, 15, 'PERCENT_OF_PATIENTS', false, false, null, 48, null, null, null, null, null),
('silfverberg-sweden-rrms', 1, 'NO_EVIDENCE_OF_DISEASE_ACTIVITY', 'No evidence of disease activity 5 years after aHSCT (Kaplan-Meier estimate).', null, null, 73, 73, 'PERCENT_OF_PATIENTS', false, false, 5, 174, null, 66, 81, 95, 'AT'),
('silfverberg-sweden-rrms', 2, 'NO_EVIDENCE_OF_DISEASE_ACTIVITY', 'No evidence of disease activity 10 years after aHSCT (Kaplan-Meier estimate).', null, null, 65, 65, 'PERCENT_OF_PATIENTS', false, false, 10, 174, null, 57, 75, 95, 'AT'),
('silfverberg-sweden-rrms', 3, 'EDSS_IMPROVEMENT', 'EDSS improved in 80 of 149 patients with disability at baseline; 55 were stable and 14 worsened.', 'Patients with disability at baseline', null, 80, 80, 'PATIENTS', false, false, 5.5, 149, null, null, null, null, 'MEDIAN'),
('silfverberg-sweden-rrms', 4, 'ADVERSE_EVENTS', 'Within 100 days: mean 1.7 grade 3 and 0.06 grade 4 adverse events per patient; febrile neutropenia was the most common.', null, null, null, null, null, false, false, null, 174, null, null, null, null, null),
('boffa-2021', 1, 'PROGRESSION_FREE_SURVIVAL', 'Disability worsening-free survival in RRMS 5 years after aHSCT.', 'RRMS', null, 85.5, 85.5, 'PERCENT_OF_PATIENTS', false, false, 5, 122, null, 76.9, 94.1, 95, 'AT'),
('boffa-2021', 2, 'PROGRESSION_FREE_SURVIVAL', 'Disability worsening-free survival in RRMS 10 years after aHSCT.', 'RRMS', null, 71.3, 71.3, 'PERCENT_OF_PATIENTS', false, false, 10, 122, null, 57.8, 84.8, 95, 'AT'),
('boffa-2021', 3, 'PROGRESSION_FREE_SURVIVAL', 'Disability worsening-free survival in progressive MS 5 years after aHSCT.', 'Progressive MS', null, 71.0, 71.0, 'PERCENT_OF_PATIENTS', false, false, 5, null, null, 59.4, 82.6, 95, 'AT'),
('boffa-2021', 4, 'PROGRESSION_FREE_SURVIVAL', 'Disability worsening-free survival in progressive MS 10 years after aHSCT.', 'Progressive MS', null, 57.2, 57.2, 'PERCENT_OF_PATIENTS', false, false, 10, null, null, 41.8, 72.7, 95, 'AT'),
('boffa-2021', 5, 'EDSS_CHANGE', 'Mean EDSS change per year in RRMS after aHSCT (p=0.001).', 'RRMS', null, -0.09, -0.09, 'EDSS_POINTS', false, false, 6.2, 122, null, -0.15, -0.04, 95, 'MEAN'),
('burt-2021-real-world', 1, 'TRANSPLANT_RELATED_MORTALITY', 'One treatment-related death (0.19%), from hospital-acquired legionella pneumonia.', null, null, 1, 1, 'PATIENTS', false, false, null, 507, null, null, null, null, null),
('burt-2021-real-world', 2, 'OVERALL_SURVIVAL', 'Overall survival at 5 years.', null, null, 98.8, 98.8, 'PERCENT_OF_PATIENTS', false, false, 5, 507, null, null, null, null, 'AT'),
('burt-2021-real-world', 3, 'RELAPSE_FREE_SURVIVAL', 'Relapse-free survival at 5 years in RRMS.', 'RRMS', null, 80.1, 80.1, 'PERCENT_OF_PATIENTS', false, false, 5, 414, null, null, null, null, 'AT'),
('burt-2021-real-world', 4, 'RELAPSE_FREE_SURVIVAL', 'Relapse-free survival at 5 years in SPMS.', 'SPMS', null, 98.1, 98.1, 'PERCENT_OF_PATIENTS', false, false, 5, 93, null, null, null, null, 'AT'),
('burt-2021-real-world', 5, 'PROGRESSION_FREE_SURVIVAL', 'Progression-free survival at 4 years in RRMS.', 'RRMS', null, 95, 95, 'PERCENT_OF_PATIENTS', false, false, 4, 414, null, null, null, null, 'AT'),
('burt-2021-real-world', 6, 'PROGRESSION_FREE_SURVIVAL', 'Progression-free survival at 4 years in SPMS.', 'SPMS', null, 66, 66, 'PERCENT_OF_PATIENTS', false, false, 4, 93, null, null, null, null, 'AT'),
('burt-2021-real-world', 7, 'EDSS_CHANGE', 'In RRMS, mean EDSS fell from 3.87 before HSCT to 2.19 at 5 years (p<0.0001).', 'RRMS', null, null, null, null, false, false, 5, 414, null, null, null, null, 'AT'),
('mesems-2021', 1, 'MRI_ACTIVITY', 'Total gadolinium-enhancing lesions from baseline to week 24, MSC vs placebo: the primary efficacy endpoint was not met (p=0.78).', null, 'Placebo', 0.94, 0.94, 'RATE_RATIO', false, false, null, 144, null, 0.58, 1.5, 95, null),
('halt-ms-2017', 1, 'EVENT_FREE_SURVIVAL', 'Event-free survival (no death, loss of neurological function, relapse or new MRI lesions); median follow-up 62 months.', null, null, 69.2, 69.2, 'PERCENT_OF_PATIENTS', false, false, null, 24, null, null, null, null, null),
('halt-ms-2017', 2, 'PROGRESSION_FREE_SURVIVAL', 'Progression-free survival; median follow-up 62 months.', null, null, 91.3, 91.3, 'PERCENT_OF_PATIENTS', false, false, null, 24, null, null, null, null, null),
('halt-ms-2017', 3, 'RELAPSE_FREE_SURVIVAL', 'Clinical relapse-free survival; median follow-up 62 months.', null, null, 86.9, 86.9, 'PERCENT_OF_PATIENTS', false, false, null, 24, null, null, null, null, null),
('halt-ms-2017', 4, 'MRI_ACTIVITY', 'MRI activity-free survival; median follow-up 62 months.', null, null, 86.3, 86.3, 'PERCENT_OF_PATIENTS', false, false, null, 24, null, null, null, null, null);

-- Atkins et al. 2016 (existing study): its findings from the repository copy of the Lancet abstract (the 69.6% activity-free
-- survival re-read there on 2026-12-02), and the trial it reports.
insert into study_finding (study_id, position, outcome, statement, population, comparator, value_min, value_max, value_unit, approximate, open_ended, follow_up_years, patients, comparator_value, ci_low, ci_high, ci_level, follow_up_measure) values
('atkins-2016', 1, 'NO_EVIDENCE_OF_DISEASE_ACTIVITY', 'MS activity-free survival (no relapse, new or Gd-enhancing lesion, or sustained EDSS progression) 3 years after transplantation.', null, null, 69.6, 69.6, 'PERCENT_OF_PATIENTS', false, false, 3, 24, null, 46.6, 84.2, 95, 'AT'),
('atkins-2016', 2, 'NO_NEW_RELAPSES_OR_MRI_LESIONS', 'No relapses, and no Gd-enhancing or new T2 lesions on 314 sequential MRI scans.', null, null, 0, 0, 'PATIENTS', false, false, 13, 24, null, null, null, null, 'UP_TO'),
('atkins-2016', 3, 'TRANSPLANT_RELATED_MORTALITY', 'One patient died of transplantation-related complications.', null, null, 1, 1, 'PATIENTS', false, false, 6.7, 24, null, null, null, null, 'MEDIAN'),
('atkins-2016', 4, 'EDSS_IMPROVEMENT', 'Sustained improvement in EDSS score.', null, null, 35, 35, 'PERCENT_OF_PATIENTS', false, false, 6.7, 24, null, null, null, null, 'MEDIAN');

update study set trial_id = 'ms-bmt-canada',
    citations = citations || '{"findings": ["atkins-2016-lancet"], "trialId": ["atkins-2016-lancet"]}'::jsonb
where id = 'atkins-2016';
