package org.stemcellms.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A centre's or a trial's published entry criteria, and how a situation reads against them: pure logic, no database.
 * A criterion the place does not publish is left out; one the person did not give is UNKNOWN; bounds are inclusive,
 * as pages state them ("EDSS 3.0 to 6.0", "aged 18 to 55").
 */
public record PublishedCriteria(List<String> msTypes, BigDecimal edssMin, BigDecimal edssMax, Integer ageMin, Integer ageMax,
        Integer maxYearsSinceDiagnosis, Map<String, List<String>> citations) {

    @Schema(name = "PublishedCriterion", description = "A criterion a centre or trial publishes: MS type, EDSS score, age or years since diagnosis.")
    public enum Criterion {
        MS_TYPE("MS type"),
        EDSS_SCORE("EDSS score"),
        AGE("Age"),
        YEARS_SINCE_DIAGNOSIS("Years since diagnosis");

        private final String words;

        Criterion(String words) {
            this.words = words;
        }

        /** The criterion in words, for the /check page. */
        public String words() {
            return words;
        }
    }

    @Schema(name = "PublishedFit", description = "MEETS: every published criterion is met; DOES_NOT_MEET: at least one is not; "
            + "UNKNOWN: none fails but at least one cannot be told (or nothing is published).")
    public enum Fit {
        MEETS("Meets the published criteria"),
        DOES_NOT_MEET("Does not meet a published criterion"),
        UNKNOWN("Unknown: some criteria cannot be told");

        private final String words;

        Fit(String words) {
            this.words = words;
        }

        /** The fit in words, for the /check page. */
        public String words() {
            return words;
        }
    }

    /** What the person said; null is unknown. */
    public record Situation(String msType, BigDecimal edssScore, BigDecimal age, BigDecimal yearsSinceDiagnosis) {
    }

    /** One published criterion read against the situation, with the source ids that state it. */
    public record Check(Criterion criterion, String published, Assessment.Outcome outcome, String reason, List<String> sourceIds) {
    }

    public List<Check> checks(Situation situation) {
        List<Check> checks = new ArrayList<>();
        if (!msTypes.isEmpty()) {
            String published = String.join(", ", msTypes);
            String type = situation.msType();
            checks.add(type == null ? unknown(Criterion.MS_TYPE, published, "MS type not given", "msTypes")
                    : new Check(Criterion.MS_TYPE, published, msTypes.contains(type) ? Assessment.Outcome.MET : Assessment.Outcome.NOT_MET,
                            type + (msTypes.contains(type) ? " is " : " is not ") + "among " + published, sources("msTypes")));
        }
        range(checks, Criterion.EDSS_SCORE, "EDSS", situation.edssScore(), edssMin, edssMax, "edssMin", "edssMax");
        range(checks, Criterion.AGE, "age", situation.age(), ageMin == null ? null : BigDecimal.valueOf(ageMin),
                ageMax == null ? null : BigDecimal.valueOf(ageMax), "ageMin", "ageMax");
        range(checks, Criterion.YEARS_SINCE_DIAGNOSIS, "years since diagnosis", situation.yearsSinceDiagnosis(), null,
                maxYearsSinceDiagnosis == null ? null : BigDecimal.valueOf(maxYearsSinceDiagnosis), null, "maxYearsSinceDiagnosis");
        return checks;
    }

    /** Any criterion not met: DOES_NOT_MEET; else any unknown, or none published: UNKNOWN; else MEETS. */
    public static Fit fit(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.outcome() == Assessment.Outcome.NOT_MET)) {
            return Fit.DOES_NOT_MEET;
        }
        return checks.isEmpty() || checks.stream().anyMatch(c -> c.outcome() == Assessment.Outcome.UNKNOWN) ? Fit.UNKNOWN : Fit.MEETS;
    }

    private void range(List<Check> checks, Criterion criterion, String name, BigDecimal value, BigDecimal min, BigDecimal max,
            String minField, String maxField) {
        if (min == null && max == null) {
            return;
        }
        String published = min == null ? "at most " + plain(max) : max == null ? "at least " + plain(min) : plain(min) + " to " + plain(max);
        String[] fields = min == null ? new String[] { maxField } : max == null ? new String[] { minField } : new String[] { minField, maxField };
        if (value == null) {
            checks.add(unknown(criterion, published, name + " not given", fields));
            return;
        }
        boolean met = (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
        checks.add(new Check(criterion, published, met ? Assessment.Outcome.MET : Assessment.Outcome.NOT_MET,
                name + " " + plain(value) + (met ? " is within " : " is outside ") + published, sources(fields)));
    }

    private Check unknown(Criterion criterion, String published, String reason, String... fields) {
        return new Check(criterion, published, Assessment.Outcome.UNKNOWN, reason, sources(fields));
    }

    private List<String> sources(String... fields) {
        List<String> ids = new ArrayList<>();
        for (String field : fields) {
            for (String id : citations.getOrDefault(field, List.of())) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
