package org.stemcellms.currency;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem.FieldError;

/** Prepares conversions into a requested currency from the exchange rates in the data. */
@ApplicationScoped
public class CurrencyConverter {

    private final ExchangeRateRepository rates;

    CurrencyConverter(ExchangeRateRepository rates) {
        this.rates = rates;
    }

    /** A conversion into the {@code currency} query parameter's value, or null when none was asked for. */
    public Conversion conversionTo(String currency) {
        return currency == null ? null : to(currency, "currency");
    }

    /** The currencies figures can be converted into: the euro and every currency with a rate, sorted. */
    public java.util.SortedSet<String> convertible() {
        TreeSet<String> known = new TreeSet<>(rates.listAll().stream().map(rate -> rate.currency).toList());
        known.add(Conversion.BASE);
        return known;
    }

    /** A conversion into {@code currency} (a valid ISO 4217 code), or empty when the data has no rate for it. */
    public java.util.Optional<Conversion> tryTo(String currency) {
        Map<String, ExchangeRate> all = rates.listAll().stream().collect(Collectors.toMap(rate -> rate.currency, Function.identity()));
        return currency.equals(Conversion.BASE) || all.containsKey(currency) ? java.util.Optional.of(new Conversion(currency, all))
                : java.util.Optional.empty();
    }

    /**
     * A conversion into {@code currency} (already a valid ISO 4217 code), or a 400 problem on {@code parameter}
     * when the data has no rate for it. Amounts in a currency without a rate are left unconverted by the callers.
     */
    public Conversion to(String currency, String parameter) {
        Map<String, ExchangeRate> all = rates.listAll().stream().collect(Collectors.toMap(rate -> rate.currency, Function.identity()));
        if (!currency.equals(Conversion.BASE) && !all.containsKey(currency)) {
            TreeSet<String> known = new TreeSet<>(all.keySet());
            known.add(Conversion.BASE);
            throw ApiException.invalidParameters(List.of(new FieldError(parameter, "has no exchange rate: the data holds "
                    + "none for " + currency + "; available: " + String.join(", ", known))));
        }
        return new Conversion(currency, all);
    }
}
