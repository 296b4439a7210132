package org.stemcellms.currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Conversion through the euro and rounding to the target's minor units: plain logic, no Quarkus or database. */
class ConversionRoundingTest {

    private static ExchangeRate rate(String currency, String unitsPerEur, String date) {
        ExchangeRate rate = new ExchangeRate();
        rate.currency = currency;
        rate.unitsPerEur = new BigDecimal(unitsPerEur);
        rate.rateDate = LocalDate.parse(date);
        return rate;
    }

    private static final Map<String, ExchangeRate> RATES = Map.of("USD", rate("USD", "1.1155", "2024-09-26"),
            "JPY", rate("JPY", "161.73", "2024-09-26"), "GBP", rate("GBP", "0.8328", "2024-09-25"));

    @Test
    void shouldConvertThroughTheEuroAndRoundHalfUpToTheMinorUnits() {
        Conversion toEur = new Conversion("EUR", RATES);
        // 54,500 USD / 1.1155 = 48,857.014...
        assertEquals(new BigDecimal("48857.01"), toEur.convert(new BigDecimal("54500"), "USD"));
        Conversion toJpy = new Conversion("JPY", RATES);
        assertEquals(0, toJpy.convert(new BigDecimal("100"), "EUR").scale(), "the yen has no minor unit");
        assertEquals(new BigDecimal("16173"), toJpy.convert(new BigDecimal("100"), "EUR"));
        assertEquals("half up to 0 decimal places", toJpy.rounding());
    }

    @Test
    void shouldGiveTheRateToTwelveDigitsWithTheOlderDate() {
        Conversion toGbp = new Conversion("GBP", RATES);
        Conversion.Rate usdToGbp = toGbp.rate("USD");
        assertEquals(new BigDecimal("0.746571044375"), usdToGbp.rate());
        assertEquals(LocalDate.parse("2024-09-25"), usdToGbp.date(), "a cross rate is as old as its older side");
        assertEquals(BigDecimal.ONE, toGbp.rate("GBP").rate());
    }

    @Test
    void shouldTellWhatItCannotConvert() {
        Conversion toEur = new Conversion("EUR", RATES);
        assertTrue(toEur.canConvert("USD"));
        assertTrue(toEur.canConvert("EUR"));
        assertFalse(toEur.canConvert("RUB"));
        assertEquals(null, toEur.convert(null, "USD"), "an open-ended maximum stays open");
    }
}
