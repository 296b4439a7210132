package org.stemcellms.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.clinic.ClinicRef;
import org.stemcellms.country.CountryRef;
import org.stemcellms.currency.Conversion;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.source.SourceRef;
import org.stemcellms.therapy.TherapyRef;

/** Compares countries by what a therapy costs there, in one currency. */
@ApplicationScoped
public class CostSummaryService {

    /** Cheapest first: lowest figure, then highest (open-ended last), then country code. */
    private static final Comparator<CostSummary.CountryCosts> CHEAPEST_FIRST = Comparator
            .comparing(CostSummary.CountryCosts::lowest)
            .thenComparing(CostSummary.CountryCosts::highest, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(costs -> costs.country().code());

    private final CostRepository costs;
    private final PriceSettings settings;

    CostSummaryService(CostRepository costs, PriceSettings settings) {
        this.costs = costs;
        this.settings = settings;
    }

    public CostSummary summarize(Therapy therapy, String sourceId, Conversion conversion) {
        Map<String, List<PriceObservation>> byCountry = new LinkedHashMap<>();
        Map<String, CostSummary.RateUsed> rates = new LinkedHashMap<>();
        int withoutRate = 0;
        for (PriceObservation cost : costs.forSummary(therapy == null ? null : therapy.code, sourceId)) {
            if (!conversion.canConvert(cost.currency())) {
                withoutRate++;
                continue;
            }
            byCountry.computeIfAbsent(cost.country().code(), code -> new ArrayList<>()).add(cost);
            rates.computeIfAbsent(cost.currency(), from -> rateUsed(conversion, from));
        }
        Dating dating = new Dating(LocalDate.now(ZoneOffset.UTC), settings.datedAfterYears());
        List<Partial> partials = byCountry.values().stream().map(group -> partial(group, conversion, dating)).toList();
        Partial mostExpensive = partials.stream().max(Comparator.comparing((Partial p) -> p.openEnded)
                .thenComparing(p -> p.highest, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(p -> p.lowest)).orElse(null);
        List<CostSummary.CountryCosts> countries = partials.stream().map(p -> p.withDifferenceTo(mostExpensive))
                .sorted(CHEAPEST_FIRST).toList();
        return new CostSummary(TherapyRef.from(therapy), conversion.target(), countries,
                mostExpensive == null ? null : mostExpensive.country, List.copyOf(rates.values()), withoutRate);
    }

    private static CostSummary.RateUsed rateUsed(Conversion conversion, String from) {
        Conversion.Rate rate = conversion.rate(from);
        return new CostSummary.RateUsed(from, conversion.target(), rate.rate(), rate.date(), rate.source(), conversion.rounding());
    }

    private static Partial partial(List<PriceObservation> group, Conversion conversion, Dating dating) {
        Figures figures = Figures.of(group, conversion);
        List<ClinicRef> clinics = group.stream().map(PriceObservation::clinic).filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(ClinicRef::id)).toList();
        List<LocalDate> asOf = List.copyOf(new TreeSet<>(group.stream().map(PriceObservation::reviewedOn).toList()));
        List<SourceRef> sources = group.stream().map(PriceObservation::source).distinct().sorted(Comparator.comparing(SourceRef::id))
                .toList();
        Map<String, List<PriceObservation>> byCentre = new TreeMap<>();
        group.stream().filter(cost -> cost.clinic() != null)
                .forEach(cost -> byCentre.computeIfAbsent(cost.clinic().id(), id -> new ArrayList<>()).add(cost));
        List<CostSummary.CentreCosts> centres = byCentre.values().stream().map(observations -> centre(observations, conversion, dating))
                .toList();
        return new Partial(group.get(0).country(), figures.lowest(), figures.highest(), figures.openEnded(), group.size(),
                clinics, figures.original(), sources, asOf, disagree(group), newest(group), dated(group, dating), centres);
    }

    private static CostSummary.CentreCosts centre(List<PriceObservation> observations, Conversion conversion, Dating dating) {
        Figures figures = Figures.of(observations, conversion);
        return new CostSummary.CentreCosts(observations.get(0).clinic(), figures.lowest(), figures.highest(),
                figures.openEnded(), observations.size(), (int) observations.stream().map(cost -> cost.source().id()).distinct().count(),
                disagree(observations), newest(observations), dated(observations, dating), figures.original());
    }

    /** The range of a group of observations in the summary's currency, and as their sources give it, per original currency. */
    private record Figures(BigDecimal lowest, BigDecimal highest, boolean openEnded, List<CostSummary.OriginalRange> original) {

        static Figures of(List<PriceObservation> group, Conversion conversion) {
            boolean openEnded = group.stream().anyMatch(cost -> cost.maxAmount() == null);
            Map<String, List<PriceObservation>> byCurrency = new TreeMap<>();
            group.forEach(cost -> byCurrency.computeIfAbsent(cost.currency(), currency -> new ArrayList<>()).add(cost));
            return new Figures(
                    group.stream().map(cost -> conversion.convert(cost.minAmount(), cost.currency())).min(Comparator.naturalOrder()).orElseThrow(),
                    openEnded ? null : group.stream().map(cost -> conversion.convert(cost.maxAmount(), cost.currency()))
                            .max(Comparator.naturalOrder()).orElseThrow(),
                    openEnded,
                    byCurrency.entrySet().stream().map(entry -> originalRange(entry.getKey(), entry.getValue())).toList());
        }
    }

    /** Observations disagree when they do not all state the same figures in the same currency. */
    private static boolean disagree(List<PriceObservation> observations) {
        return observations.stream().map(cost -> cost.currency() + " " + cost.minAmount().stripTrailingZeros().toPlainString() + " "
                + (cost.maxAmount() == null ? "+" : cost.maxAmount().stripTrailingZeros().toPlainString())).distinct().count() > 1;
    }

    private static LocalDate newest(List<PriceObservation> observations) {
        return observations.stream().map(PriceObservation::sourcePageDate).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static int dated(List<PriceObservation> observations, Dating dating) {
        return (int) observations.stream().filter(cost -> Boolean.TRUE.equals(dating.isDated(cost.appliesYear(), cost.sourcePageDate())))
                .count();
    }

    private static CostSummary.OriginalRange originalRange(String currency, List<PriceObservation> costs) {
        BigDecimal lowest = costs.stream().map(PriceObservation::minAmount).min(Comparator.naturalOrder()).orElseThrow();
        boolean openEnded = costs.stream().anyMatch(cost -> cost.maxAmount() == null);
        BigDecimal highest = openEnded ? null : costs.stream().map(PriceObservation::maxAmount).max(Comparator.naturalOrder()).orElseThrow();
        return new CostSummary.OriginalRange(currency, lowest, highest, openEnded);
    }

    /** A country's figures before the difference to the most expensive country is known. */
    private record Partial(CountryRef country, BigDecimal lowest, BigDecimal highest, boolean openEnded, int costRecords,
            List<ClinicRef> clinics, List<CostSummary.OriginalRange> original, List<SourceRef> sources, List<LocalDate> asOf,
            boolean disagree, LocalDate newest, int dated, List<CostSummary.CentreCosts> centres) {

        CostSummary.CountryCosts withDifferenceTo(Partial most) {
            CostSummary.Difference difference;
            if (most == this) {
                // a country differs from itself by nothing, open-ended or not
                BigDecimal zero = BigDecimal.ZERO.setScale(lowest.scale());
                difference = new CostSummary.Difference(zero, zero, false);
            } else {
                boolean unbounded = most.openEnded || openEnded;
                difference = new CostSummary.Difference(most.lowest.subtract(lowest), unbounded ? null : most.highest.subtract(highest),
                        unbounded);
            }
            return new CostSummary.CountryCosts(country, lowest, highest, openEnded, costRecords, clinics, original, sources, asOf,
                    difference, disagree, newest, dated, centres);
        }
    }
}
