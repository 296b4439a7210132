package org.stemcellms.eligibility;

import java.util.ArrayList;
import java.util.List;

import org.stemcellms.eligibility.Assessment.CriterionOutcome;
import org.stemcellms.eligibility.Assessment.Outcome;
import org.stemcellms.eligibility.Assessment.Reading;
import org.stemcellms.eligibility.Assessment.Route;
import org.stemcellms.therapy.TherapyRef;

/** Where to look next for a reading: the therapies and the ways to reach them, with links to the data. Pure; no database. */
final class NextSteps {

    private NextSteps() {
    }

    static List<Route> routes(Reading reading, List<CriterionOutcome> outcomes, TherapyRef hsctRef, TherapyRef msc) {
        List<Route> routes = new ArrayList<>();
        String trialsNote = outcomes.stream().filter(o -> o.kind() == CriterionKind.UNFAVOURABLE && o.outcome() == Outcome.MET
                && o.note() != null).map(CriterionOutcome::note)
                .findFirst().orElse("HSCT is also offered in clinical trials.");
        List<String> trialLinks = List.of("/api/v1/countries?access=SELECT_TRIALS_OR_AGGRESSIVE_MS",
                "/api/v1/countries?access=STRICT_TRIALS_OR_RAPIDLY_ADVANCING_MS", "/api/v1/clinics?accessModel=CLINICAL_TRIAL_SITE",
                "/api/v1/costs?therapy=HSCT&setting=CLINICAL_TRIAL");
        if (reading == Reading.NOT_TYPICAL) {
            routes.add(new Route(hsctRef, "CLINICAL_TRIALS", trialsNote, trialLinks));
        } else {
            routes.add(new Route(hsctRef, "TREATMENT_CENTRES", "HSCT is offered in specialised treatment centres as well as trials.",
                    List.of("/api/v1/countries", "/api/v1/clinics?therapy=HSCT&accessModel=TREATMENT_CENTRE",
                            "/api/v1/costs?therapy=HSCT", "/api/v1/costs/summary?therapy=HSCT")));
            routes.add(new Route(hsctRef, "CLINICAL_TRIALS", "HSCT is also offered in clinical trials.", trialLinks));
        }
        if (msc != null) {
            routes.add(new Route(msc, "CLINICAL_TRIALS", "MSC therapy is experimental in MS, explored in early-phase clinical trials.",
                    List.of("/api/v1/therapies/MSC", "/api/v1/studies?therapy=MSC")));
        }
        return routes;
    }
}
