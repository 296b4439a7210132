package org.stemcellms.embed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.stemcellms.web.query.Currencies;

/** Amounts as a reader sees them: grouped digits, the currency's minor units, its ISO code. */
final class Money {

    private Money() {
    }

    static String format(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        int digits = Currencies.minorUnits(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount) + " " + currency;
    }

    /** A range "25,000.00 – 35,000.00 USD", an open-ended "100,000.00+ USD", or one figure. */
    static String range(BigDecimal min, BigDecimal max, String currency) {
        if (max == null) {
            return format(min, currency).replace(" " + currency, "+ " + currency);
        }
        if (max.compareTo(min) == 0) {
            return format(min, currency);
        }
        return format(min, currency).replace(" " + currency, "") + " – " + format(max, currency);
    }
}
