package org.stemcellms.embed;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.cost.Cost;
import org.stemcellms.cost.CostRepository;
import org.stemcellms.cost.CostSetting;
import org.stemcellms.country.CountryRepository;
import org.stemcellms.currency.Conversion;
import org.stemcellms.currency.CurrencyConverter;
import org.stemcellms.embed.EmbedResource.CostTable;
import org.stemcellms.embed.EmbedResource.Row;
import org.stemcellms.note.NoteRepository;
import org.stemcellms.therapy.Therapy;
import org.stemcellms.therapy.TherapyRepository;
import org.stemcellms.web.ApiException;
import org.stemcellms.web.Problem.FieldError;
import org.stemcellms.web.QueryParameters;

/** Builds the embeddable cost table from the same data and conversion as the API. */
@ApplicationScoped
public class CostTables {

    /** The article's advice that goes with every price (a note in the data, cited). */
    private static final String ADVICE_NOTE = "vet-the-clinic";

    private final CostRepository costs;
    private final TherapyRepository therapies;
    private final CountryRepository countries;
    private final NoteRepository notes;
    private final CurrencyConverter converter;

    CostTables(CostRepository costs, TherapyRepository therapies, CountryRepository countries, NoteRepository notes,
            CurrencyConverter converter) {
        this.costs = costs;
        this.therapies = therapies;
        this.countries = countries;
        this.notes = notes;
        this.converter = converter;
    }

    /** The table for the widget's parameters; invalid ones are a 400 problem naming them, as everywhere in the API. */
    public CostTable table(String therapyParam, String countryParam, String currencyParam, String oembedUrl, String script) {
        QueryParameters params = new QueryParameters();
        String therapyCode = params.code("therapy", therapyParam);
        String countryCode = params.countryCode("country", countryParam);
        String target = params.currency("currency", currencyParam);
        params.validate();
        Therapy therapy = therapies.findByIdOptional(therapyCode == null ? "HSCT" : therapyCode).orElseThrow(() -> ApiException
                .invalidParameters(List.of(new FieldError("therapy", "refers to no therapy: '" + therapyCode + "'"))));
        String countryName = countryCode == null ? null : countries.findByIdOptional(countryCode).map(country -> country.name)
                .orElseThrow(() -> ApiException.invalidParameters(List.of(new FieldError("country",
                        "refers to no country: '" + countryCode + "'"))));
        Conversion conversion = converter.conversionTo(target);
        var filter = CostRepository.Filter.ofTherapyAndCountry(therapy.code, countryCode);
        List<Cost> found = costs.search(filter, CostRepository.SORTING.defaultSort()).list();
        List<Row> rows = found.stream().map(cost -> row(cost, conversion)).toList();
        String conversionNote = found.stream().map(cost -> cost.currency).distinct().map(from -> conversionNote(conversion, from))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        var advice = notes.findByIdOptional(ADVICE_NOTE);
        String title = "What " + therapy.code + " costs" + (countryName == null ? "" : " in " + countryName);
        return new CostTable(title, therapy.name, rows, conversionNote.isEmpty() ? null : conversionNote,
                advice.map(note -> note.text).orElse(null), advice.map(note -> note.source.title).orElse(null), oembedUrl, script);
    }

    private static Row row(Cost cost, Conversion conversion) {
        String converted = conversion == null || !conversion.canConvert(cost.currency) ? null
                : Money.range(conversion.convert(cost.minAmount, cost.currency), conversion.convert(cost.maxAmount, cost.currency),
                        conversion.target());
        String includes = cost.includes.stream().map(inclusion -> inclusion.toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        return new Row(cost.country.name, cost.clinic == null ? "Country-wide figure" : cost.clinic.name, setting(cost.setting),
                Money.range(cost.minAmount, cost.maxAmount, cost.currency), converted, includes, cost.reviewedOn.toString(),
                cost.source.title, cost.source.url);
    }

    private static String setting(CostSetting setting) {
        if (setting == null) {
            return "Not stated";
        }
        return setting == CostSetting.CLINICAL_TRIAL ? "Clinical trial" : "Treatment centre";
    }

    private static String conversionNote(Conversion conversion, String from) {
        if (conversion == null || !conversion.canConvert(from) || from.equals(conversion.target())) {
            return null;
        }
        Conversion.Rate rate = conversion.rate(from);
        return "Converted at 1 " + from + " = " + rate.rate().toPlainString() + " " + conversion.target() + ", the rate of "
                + rate.date() + " from " + rate.source().title() + ", rounded " + conversion.rounding() + ".";
    }
}
