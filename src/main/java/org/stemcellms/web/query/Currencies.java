package org.stemcellms.web.query;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217, as the JDK knows it. */
public final class Currencies {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private Currencies() {
    }

    public static boolean isIso4217(String code) {
        return CODES.contains(code);
    }

    /** Minor units of a currency: 2 for USD and EUR, 0 for JPY; 2 where the JDK gives none. */
    public static int minorUnits(String code) {
        int digits = Currency.getInstance(code).getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }
}
