package org.stemcellms.embed;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;

import org.stemcellms.cost.Cost;
import org.stemcellms.cost.CostRepository;
import org.stemcellms.cost.Inclusion;
import org.stemcellms.country.Country;
import org.stemcellms.country.CountryRef;
import org.stemcellms.country.CountryRepository;
import org.stemcellms.currency.Conversion;
import org.stemcellms.web.query.Currencies;
import org.stemcellms.currency.CurrencyConverter;
import org.stemcellms.embed.EmbedResource.Bar;
import org.stemcellms.embed.EmbedResource.CostTable;
import org.stemcellms.embed.EmbedResource.Row;
import org.stemcellms.embed.EmbedResource.SourceLink;
import org.stemcellms.note.NoteRepository;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.therapy.TherapyRepository;
import org.stemcellms.web.ApiSettings;

/**
 * Builds the embeddable cost widget from the same data and conversion as the API: the range per country (and per centre
 * where a country has several) as bars in the chosen currency, the table of observations, the rates with their date,
 * the sources, links to the same data as CSV and JSON, in the widget's language and the reader's number format.
 */
@ApplicationScoped
public class CostTables {

    /** The article's advice that goes with every price (a note in the data, cited). */
    private static final String ADVICE_NOTE = "vet-the-clinic";
    /** The chart's currency when the partner names none: the one most of the data's prices are stated in. */
    static final String DEFAULT_CURRENCY = "USD";
    private static final MathContext RATE_DIGITS = new MathContext(4, RoundingMode.HALF_UP);
    private static final List<String> THEMES = List.of("light", "dark", "auto");

    /** What a partner asked for, as given; null where not given. */
    public record Query(String therapy, String country, String currency, String lang, String locale, String theme, String transparent) {
    }

    private final CostRepository costs;
    private final TherapyRepository therapies;
    private final CountryRepository countries;
    private final NoteRepository notes;
    private final CurrencyConverter converter;
    private final Provider<ApiSettings> settings;

    CostTables(CostRepository costs, TherapyRepository therapies, CountryRepository countries,
            NoteRepository notes, CurrencyConverter converter, Provider<ApiSettings> settings) {
        this.costs = costs;
        this.therapies = therapies;
        this.countries = countries;
        this.notes = notes;
        this.converter = converter;
        this.settings = settings;
    }

    /** The widget for a query; a value it cannot use gives a table with {@code errors} (in its language) and nothing else. */
    public CostTable table(Query query, String oembedUrl, String script, String base) {
        WidgetLanguage language = blank(query.lang()) ? WidgetLanguage.EN : WidgetLanguage.of(query.lang().trim()).orElse(null);
        WidgetLanguage.Words words = (language == null ? WidgetLanguage.EN : language).words();
        List<String> errors = new ArrayList<>();
        if (language == null) {
            errors.add(unknown(words, "lang", query.lang(), String.join(", ", WidgetLanguage.codes())));
            language = WidgetLanguage.EN;
        }
        Locale locale = language.locale();
        if (!blank(query.locale())) {
            try {
                locale = new Locale.Builder().setLanguageTag(query.locale().trim()).build();
            } catch (IllformedLocaleException e) {
                errors.add(unknown(words, "locale", query.locale(), "en-GB, es-ES, ru-RU, de-DE"));
            }
        }
        String theme = blank(query.theme()) ? "light" : query.theme().trim().toLowerCase(Locale.ROOT);
        if (!THEMES.contains(theme)) {
            errors.add(unknown(words, "theme", query.theme(), String.join(", ", THEMES)));
        }
        boolean transparent = "true".equalsIgnoreCase(query.transparent());
        if (!blank(query.transparent()) && !transparent && !"false".equalsIgnoreCase(query.transparent())) {
            errors.add(unknown(words, "transparent", query.transparent(), "true, false"));
        }
        String therapyCode = blank(query.therapy()) ? "HSCT" : query.therapy().trim().toUpperCase(Locale.ROOT);
        Optional<Therapy> therapy = therapies.findByIdOptional(therapyCode);
        if (therapy.isEmpty()) {
            errors.add(unknown(words, "therapy", query.therapy(),
                    therapies.listAll().stream().map(t -> t.code).sorted().collect(Collectors.joining(", "))));
        }
        Country country = null;
        if (!blank(query.country())) {
            String code = query.country().trim().toUpperCase(Locale.ROOT);
            country = code.matches("[A-Z]{2}") ? countries.findByIdOptional(code).orElse(null) : null;
            if (country == null) {
                errors.add(unknown(words, "country", query.country(), String.join(", ", new TreeSet<>(costs.countriesWithCosts(therapyCode)
                        .stream().map(CountryRef::code).toList()))));
            }
        }
        String currency = blank(query.currency()) ? DEFAULT_CURRENCY : query.currency().trim().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}") || !Currencies.isIso4217(currency) || Currency.getInstance(currency).getDefaultFractionDigits() < 0) {
            errors.add(unknown(words, "currency", query.currency(), String.join(", ", converter.convertible())));
        }
        String serviceUrl = base + "/";
        if (!errors.isEmpty()) {
            return CostTable.failed(language.code(), words, theme, transparent, errors, serviceUrl, script);
        }
        return table(therapy.get(), country, currency, language, locale, theme, transparent, oembedUrl, script, base);
    }

    private CostTable table(Therapy therapy, Country country, String currency, WidgetLanguage language, Locale locale, String theme,
            boolean transparent, String oembedUrl, String script, String base) {
        WidgetLanguage.Words words = language.words();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Optional<Conversion> conversion = converter.tryTo(currency);
        List<Cost> found = costs.search(CostRepository.Filter.ofTherapyAndCountry(therapy.code, country == null ? null : country.code),
                CostRepository.SORTING.defaultSort()).list();
        List<Row> rows = found.stream().map(cost -> row(cost, conversion, language, locale, dates)).toList();
        List<Bar> bars = conversion.map(c -> bars(found, c, locale, words)).orElse(List.of());
        long unconverted = found.stream().filter(cost -> conversion.map(c -> !c.canConvert(cost.currency)).orElse(!cost.currency.equals(currency)))
                .count();

        Map<String, Conversion.Rate> rates = new LinkedHashMap<>();
        conversion.ifPresent(c -> found.stream().map(cost -> cost.currency).distinct().sorted()
                .filter(from -> c.canConvert(from) && !from.equals(currency)).forEach(from -> rates.put(from, c.rate(from))));
        NumberFormat rateFormat = NumberFormat.getNumberInstance(locale);
        rateFormat.setMaximumFractionDigits(12);
        List<String> rateSentences = rates.values().stream().map(rate -> WidgetLanguage.fill(words.rate(), "from", rate.from(),
                "rate", rateFormat.format(rate.rate().round(RATE_DIGITS)), "to", rate.to(), "date", dates.format(rate.date()), "source",
                rate.source() == null ? "" : rate.source().title())).toList();
        LocalDate oldest = rates.values().stream().map(Conversion.Rate::date).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        var maxAge = settings.get().embed().rateMaxAge();
        String stale = oldest != null && oldest.plus(maxAge).isBefore(LocalDate.now(ZoneOffset.UTC))
                ? WidgetLanguage.fill(words.staleRates(), "date", dates.format(oldest), "age", language.age(maxAge), "currency", currency)
                : null;
        String noRate = unconverted == 0 ? null
                : WidgetLanguage.fill(words.noRate(), "currency", currency, "count", String.valueOf(unconverted));

        Map<String, SourceLink> sources = new LinkedHashMap<>();
        found.forEach(cost -> sources.putIfAbsent(cost.source.id, new SourceLink(cost.source.title, cost.source.url)));
        rates.values().stream().map(Conversion.Rate::source).filter(Objects::nonNull)
                .forEach(source -> sources.putIfAbsent(source.id(), new SourceLink(source.title(), source.url())));
        StringBuilder data = new StringBuilder(base + "/api/v1/costs?therapy=" + therapy.code);
        if (country != null) {
            data.append("&country=").append(country.code);
        }
        if (conversion.isPresent()) {
            data.append("&currency=").append(currency);
        }
        data.append("&size=100");
        String dataDate = found.stream().map(cost -> cost.reviewedOn).max(Comparator.naturalOrder())
                .map(date -> WidgetLanguage.fill(words.dataDate(), "date", dates.format(date))).orElse(null);
        var advice = notes.findByIdOptional(ADVICE_NOTE);
        String title = country == null ? WidgetLanguage.fill(words.title(), "therapy", therapy.code)
                : WidgetLanguage.fill(words.titleInCountry(), "therapy", therapy.code, "country", country.name);
        Currency chosen = Currency.getInstance(currency);
        // the reader's format may know no symbol for it (RUB in English): the widget's language's then, as in "Цены в ₽"
        String symbol = chosen.getSymbol(locale).equals(currency) ? chosen.getSymbol(language.locale()) : chosen.getSymbol(locale);
        return new CostTable(language.code(), words, theme, transparent, title, therapy.name, currency, symbol,
                bars, rows, rateSentences, stale, noRate, List.copyOf(sources.values()), data + "&format=csv", data.toString(),
                dataDate, base + "/", advice.map(note -> note.text).orElse(null), advice.map(note -> note.source.title).orElse(null),
                oembedUrl, script, List.of());
    }

    /** A group of observations on the chart: the lowest figure, the highest one any source states, and whether one is open. */
    private record Span(String label, boolean centre, BigDecimal lowest, BigDecimal highest, boolean openEnded) {

        static Span of(String label, boolean centre, List<Cost> group, Conversion conversion) {
            BigDecimal lowest = null;
            BigDecimal highest = null;
            boolean open = false;
            for (Cost cost : group) {
                BigDecimal min = conversion.convert(cost.minAmount, cost.currency);
                BigDecimal max = cost.maxAmount == null ? min : conversion.convert(cost.maxAmount, cost.currency);
                lowest = lowest == null ? min : lowest.min(min);
                highest = highest == null ? max : highest.max(max);
                open |= cost.maxAmount == null;
            }
            return new Span(label, centre, lowest, highest, open);
        }
    }

    /**
     * One bar per country, cheapest first (by lowest figure, then highest), and under a country with several centres one
     * per centre; a bar runs from the lowest to the highest figure its sources state, and on to the edge, dashed, when
     * one of them is open-ended ("$100,000+"). All on one scale.
     */
    private static List<Bar> bars(List<Cost> found, Conversion conversion, Locale locale, WidgetLanguage.Words words) {
        Map<String, List<Cost>> byCountry = new LinkedHashMap<>();
        found.stream().filter(cost -> conversion.canConvert(cost.currency))
                .forEach(cost -> byCountry.computeIfAbsent(cost.country.code, code -> new ArrayList<>()).add(cost));
        Comparator<Span> cheapestFirst = Comparator.comparing(Span::lowest).thenComparing(Span::highest);
        List<Span> countries = byCountry.values().stream().map(group -> Span.of(group.get(0).country.name, false, group, conversion))
                .sorted(cheapestFirst).toList();
        BigDecimal top = countries.stream().map(Span::highest).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        if (top.signum() == 0) {
            return List.of();
        }
        // room past the highest figure for the open-ended bars to run on into
        BigDecimal scale = top.multiply(countries.stream().anyMatch(Span::openEnded) ? new BigDecimal("1.15") : BigDecimal.ONE);
        List<Bar> bars = new ArrayList<>();
        for (Span country : countries) {
            bars.add(bar(country, scale, conversion.target(), locale, words));
            Map<String, List<Cost>> byCentre = new LinkedHashMap<>();
            byCountry.values().stream().filter(group -> group.get(0).country.name.equals(country.label())).flatMap(List::stream)
                    .filter(cost -> cost.clinic != null).forEach(cost -> byCentre.computeIfAbsent(cost.clinic.id, id -> new ArrayList<>()).add(cost));
            if (byCentre.size() > 1) {
                byCentre.values().stream().map(group -> Span.of(group.get(0).clinic.name, true, group, conversion)).sorted(cheapestFirst)
                        .forEach(centre -> bars.add(bar(centre, scale, conversion.target(), locale, words)));
            }
        }
        return bars;
    }

    private static Bar bar(Span span, BigDecimal scale, String currency, Locale locale, WidgetLanguage.Words words) {
        double start = percent(span.lowest(), scale);
        double end = span.openEnded() ? 100 : percent(span.highest(), scale);
        double solid = percent(span.highest(), scale);
        return new Bar(span.label(), span.centre(), round(start), round(Math.max(solid - start, 0.8)), span.openEnded(),
                round(Math.max(end - solid, 0)), range(span.lowest(), span.highest(), span.openEnded(), currency, locale, words));
    }

    private static double percent(BigDecimal value, BigDecimal scale) {
        return value.multiply(BigDecimal.valueOf(100)).divide(scale, 4, RoundingMode.HALF_UP).doubleValue();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Row row(Cost cost, Optional<Conversion> conversion, WidgetLanguage language, Locale locale, DateTimeFormatter dates) {
        WidgetLanguage.Words words = language.words();
        String original = range(cost.minAmount, cost.maxAmount, cost.maxAmount == null, cost.currency, locale, words);
        String converted = conversion.filter(c -> c.canConvert(cost.currency) && !cost.currency.equals(c.target()))
                .map(c -> range(c.convert(cost.minAmount, cost.currency), c.convert(cost.maxAmount, cost.currency), cost.maxAmount == null,
                        c.target(), locale, words))
                .orElse(null);
        String includes = cost.includes.isEmpty() ? words.notStated()
                : cost.includes.stream().map(name -> words.inclusions().get(Inclusion.valueOf(name))).collect(Collectors.joining(", "));
        return new Row(cost.country.name, cost.clinic == null ? words.countryWide() : cost.clinic.name, language.setting(cost.setting),
                converted == null ? original : converted, converted == null ? null : original, includes,
                WidgetLanguage.fill(words.reviewed(), "date", dates.format(cost.reviewedOn)), cost.source.title, cost.source.url);
    }

    /** Whole units in the reader's format: "48.857 € – 51.995 €", "100 000 $ и выше", or one figure. */
    static String range(BigDecimal min, BigDecimal max, boolean openEnded, String currency, Locale locale, WidgetLanguage.Words words) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String stated = max == null || max.compareTo(min) == 0 ? format.format(min) : format.format(min) + " – " + format.format(max);
        return openEnded ? stated + " " + words.orMore() : stated;
    }

    private static String unknown(WidgetLanguage.Words words, String field, String value, String accepted) {
        return WidgetLanguage.fill(words.unknownValue(), "field", words.fields().get(field), "value", value == null ? "" : value.trim(),
                "accepted", accepted);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
