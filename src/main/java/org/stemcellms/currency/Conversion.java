package org.stemcellms.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

import org.stemcellms.source.SourceRef;
import org.stemcellms.web.query.Currencies;

/**
 * Conversion of amounts into one currency with the rates as they are in the data. A rate between two
 * currencies is the cross rate through the euro, units(target) / units(from), stated to 12 significant digits
 * (so that weak currencies such as IDR keep their precision); an
 * amount is converted with that stated rate and rounded half up to the target's minor units, so a
 * client can reproduce every converted figure from the rate it is shown.
 */
public final class Conversion {

    public static final String BASE = "EUR";
    /** Significant digits of a stated rate, rounded half up. */
    static final MathContext RATE_PRECISION = new MathContext(12, RoundingMode.HALF_UP);

    private final String target;
    private final Map<String, ExchangeRate> rates;

    Conversion(String target, Map<String, ExchangeRate> rates) {
        this.target = target;
        this.rates = rates;
    }

    public String target() {
        return target;
    }

    /** Whether amounts in {@code from} can be converted: the data has a rate for it (or it is the euro or the target). */
    public boolean canConvert(String from) {
        return from.equals(target) || from.equals(BASE) || rates.containsKey(from);
    }

    /** The rate from {@code from} into the target, with its date and source; identity when they are the same currency. */
    public Rate rate(String from) {
        if (from.equals(target)) {
            return new Rate(from, target, BigDecimal.ONE, null, null);
        }
        ExchangeRate fromRate = rates.get(from);
        ExchangeRate toRate = rates.get(target);
        if (!from.equals(BASE) && fromRate == null) {
            throw new IllegalStateException("no exchange rate for " + from);
        }
        BigDecimal unitsFrom = from.equals(BASE) ? BigDecimal.ONE : fromRate.unitsPerEur;
        BigDecimal unitsTo = target.equals(BASE) ? BigDecimal.ONE : toRate.unitsPerEur;
        BigDecimal rate = unitsTo.divide(unitsFrom, RATE_PRECISION);
        ExchangeRate cited = toRate != null ? toRate : fromRate;
        LocalDate date = earliest(fromRate, toRate);
        return new Rate(from, target, rate, date, SourceRef.from(cited.source));
    }

    /** {@code amount} in {@code from}, converted with the stated rate and rounded half up to the target's minor units. */
    public BigDecimal convert(BigDecimal amount, String from) {
        if (amount == null) {
            return null;
        }
        return amount.multiply(rate(from).rate()).setScale(Currencies.minorUnits(target), RoundingMode.HALF_UP);
    }

    /** How the converted figures are rounded, in words for the response. */
    public String rounding() {
        return "half up to " + Currencies.minorUnits(target) + " decimal places";
    }

    private static LocalDate earliest(ExchangeRate a, ExchangeRate b) {
        if (a == null) {
            return b.rateDate;
        }
        if (b == null) {
            return a.rateDate;
        }
        return a.rateDate.isBefore(b.rateDate) ? a.rateDate : b.rateDate;
    }

    /** A rate from one currency into another: units of {@code to} per unit of {@code from}. */
    public record Rate(String from, String to, BigDecimal rate, LocalDate date, SourceRef source) {
    }
}
