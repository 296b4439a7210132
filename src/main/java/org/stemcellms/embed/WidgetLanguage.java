package org.stemcellms.embed;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.stemcellms.cost.CostSetting;
import org.stemcellms.cost.Inclusion;

/**
 * The widget's own words in the languages of the markets where the data's centres are. Only the widget's words: names,
 * notes and advice from the data stay as their sources wrote them (the widget says so).
 */
public enum WidgetLanguage {

    EN("en", new Words("What {therapy} costs", "What {therapy} costs in {country}", "Prices in", "Price range by country, cheapest first",
            "or more", "Country-wide figure", "Clinical trial", "Treatment centre", "Not stated", "Country", "Where", "Price", "Includes",
            "Source", "reviewed {date}", "1 {from} = {rate} {to}, the rate of {date} ({source}).",
            "These exchange rates are from {date}, more than {age} ago: prices in {currency} today may differ.",
            "The data has no exchange rate for {currency}: {count} of the prices are shown only in the currency their source gives.",
            "Prices must be confirmed with the clinic.", "Names, notes and advice are shown as their sources wrote them.", "Sources",
            "Get the data", "Data reviewed up to {date}", "Data from", "No costs are recorded for this choice.",
            "This cost table cannot be shown", "Unknown {field} “{value}”. Accepted: {accepted}.", "as the source states it",
            Map.of("therapy", "therapy", "country", "country", "currency", "currency", "lang", "language", "locale", "number format",
                    "theme", "theme", "transparent", "background"),
            Map.of(Inclusion.PRE_TREATMENT_TESTS, "pre-treatment tests", Inclusion.HOSPITALIZATION, "hospital stay", Inclusion.MEDICATIONS,
                    "medications", Inclusion.COMPANION_STAY, "a companion's stay", Inclusion.ACCOMMODATION, "accommodation",
                    Inclusion.TRANSFERS, "transfers", Inclusion.VISA_SUPPORT, "visa support", Inclusion.FOLLOW_UP_CARE, "follow-up care",
                    Inclusion.FLIGHTS, "flights"),
            new String[] { "year", "years" }, new String[] { "month", "months" })),
    ES("es", new Words("Cuánto cuesta el {therapy}", "Cuánto cuesta el {therapy} en {country}", "Precios en",
            "Rango de precios por país, del más barato al más caro", "o más", "Cifra para todo el país", "Ensayo clínico",
            "Centro de tratamiento", "No indicado", "País", "Dónde", "Precio", "Incluye", "Fuente", "revisado el {date}",
            "1 {from} = {rate} {to}, tipo del {date} ({source}).",
            "Estos tipos de cambio son del {date}, de hace más de {age}: hoy los precios en {currency} pueden ser distintos.",
            "Los datos no tienen tipo de cambio para {currency}: {count} de los precios se muestran solo en la moneda de su fuente.",
            "Los precios deben confirmarse con la clínica.", "Los nombres, notas y consejos se muestran tal como los escribieron sus fuentes.",
            "Fuentes", "Descargar los datos", "Datos revisados hasta el {date}", "Datos de", "No hay costes registrados para esta selección.",
            "No se puede mostrar esta tabla de costes", "Valor desconocido para {field}: «{value}». Valores aceptados: {accepted}.",
            "según la fuente",
            Map.of("therapy", "tratamiento", "country", "país", "currency", "moneda", "lang", "idioma", "locale", "formato de números",
                    "theme", "tema", "transparent", "fondo"),
            Map.of(Inclusion.PRE_TREATMENT_TESTS, "pruebas previas", Inclusion.HOSPITALIZATION, "hospitalización", Inclusion.MEDICATIONS,
                    "medicamentos", Inclusion.COMPANION_STAY, "estancia de un acompañante", Inclusion.ACCOMMODATION, "alojamiento",
                    Inclusion.TRANSFERS, "traslados", Inclusion.VISA_SUPPORT, "ayuda con el visado", Inclusion.FOLLOW_UP_CARE,
                    "seguimiento", Inclusion.FLIGHTS, "vuelos"),
            new String[] { "año", "años" }, new String[] { "mes", "meses" })),
    RU("ru", new Words("Сколько стоит {therapy}", "Сколько стоит {therapy}: {country}", "Цены в", "Диапазон цен по странам, от самых низких",
            "и выше", "Цифра по стране", "Клиническое исследование", "Лечебный центр", "Не указано", "Страна", "Где", "Цена", "Включено",
            "Источник", "проверено {date}", "1 {from} = {rate} {to}, курс на {date} ({source}).",
            "Этим курсам валют больше {age}: они на {date}, и сегодня цены в {currency} могут отличаться.",
            "В данных нет курса для {currency}: {count} цен показаны только в валюте источника.",
            "Цены нужно уточнять в клинике.", "Названия, примечания и советы приведены так, как их написали источники.", "Источники",
            "Получить данные", "Данные проверены по {date}", "Данные:", "Для этого выбора нет данных о ценах.",
            "Эту таблицу цен нельзя показать", "Неизвестное значение «{value}» ({field}). Допустимо: {accepted}.", "по данным источника",
            Map.of("therapy", "лечение", "country", "страна", "currency", "валюта", "lang", "язык", "locale", "формат чисел",
                    "theme", "тема", "transparent", "фон"),
            Map.of(Inclusion.PRE_TREATMENT_TESTS, "обследование до лечения", Inclusion.HOSPITALIZATION, "пребывание в больнице",
                    Inclusion.MEDICATIONS, "лекарства", Inclusion.COMPANION_STAY, "проживание сопровождающего", Inclusion.ACCOMMODATION,
                    "проживание", Inclusion.TRANSFERS, "трансферы", Inclusion.VISA_SUPPORT, "визовая поддержка", Inclusion.FOLLOW_UP_CARE,
                    "последующее наблюдение", Inclusion.FLIGHTS, "перелёты"),
            new String[] { "года", "лет" }, new String[] { "месяца", "месяцев" })),
    DE("de", new Words("Was {therapy} kostet", "Was {therapy} in {country} kostet", "Preise in", "Preisspanne nach Land, günstigste zuerst",
            "oder mehr", "Landesweite Angabe", "Klinische Studie", "Behandlungszentrum", "Nicht angegeben", "Land", "Wo", "Preis",
            "Enthalten", "Quelle", "geprüft am {date}", "1 {from} = {rate} {to}, Kurs vom {date} ({source}).",
            "Diese Wechselkurse sind vom {date}, älter als {age}: die Preise in {currency} können heute abweichen.",
            "Die Daten haben keinen Wechselkurs für {currency}: {count} der Preise stehen nur in der Währung ihrer Quelle.",
            "Preise müssen mit der Klinik bestätigt werden.", "Namen, Hinweise und Ratschläge stehen so da, wie ihre Quellen sie schrieben.",
            "Quellen", "Daten herunterladen", "Daten geprüft bis {date}", "Daten von", "Für diese Auswahl sind keine Kosten erfasst.",
            "Diese Kostentabelle kann nicht angezeigt werden", "Unbekannter Wert „{value}“ für {field}. Zulässig: {accepted}.",
            "laut Quelle",
            Map.of("therapy", "Therapie", "country", "Land", "currency", "Währung", "lang", "Sprache", "locale", "Zahlenformat",
                    "theme", "Design", "transparent", "Hintergrund"),
            Map.of(Inclusion.PRE_TREATMENT_TESTS, "Voruntersuchungen", Inclusion.HOSPITALIZATION, "Krankenhausaufenthalt",
                    Inclusion.MEDICATIONS, "Medikamente", Inclusion.COMPANION_STAY, "Aufenthalt einer Begleitperson",
                    Inclusion.ACCOMMODATION, "Unterkunft", Inclusion.TRANSFERS, "Transfers", Inclusion.VISA_SUPPORT, "Visumhilfe",
                    Inclusion.FOLLOW_UP_CARE, "Nachsorge", Inclusion.FLIGHTS, "Flüge"),
            new String[] { "Jahr", "Jahre" }, new String[] { "Monat", "Monate" }));

    /** Every sentence and label the widget writes itself; {name} placeholders are filled by {@link #fill}. */
    public record Words(String title, String titleInCountry, String headline, String chartCaption, String orMore, String countryWide,
            String clinicalTrial, String treatmentCentre, String notStated, String country, String where, String price, String includes,
            String source, String reviewed, String rate, String staleRates, String noRate, String confirm, String asWritten,
            String sources, String getData, String dataDate, String dataFrom, String empty, String errorTitle, String unknownValue,
            String original, Map<String, String> fields, Map<Inclusion, String> inclusions, String[] years, String[] months) {
    }

    private final String code;
    private final Words words;

    WidgetLanguage(String code, Words words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    public Words words() {
        return words;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<WidgetLanguage> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(WidgetLanguage::code).toList();
    }

    /** {@code template} with each {name} replaced by its value. */
    public static String fill(String template, String... namesAndValues) {
        String text = template;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text;
    }

    public String setting(CostSetting setting) {
        if (setting == null) {
            return words.notStated();
        }
        return setting == CostSetting.CLINICAL_TRIAL ? words.clinicalTrial() : words.treatmentCentre();
    }

    /** An age such as "1 year" or "18 months", in this language (Russian after "больше": genitive forms). */
    public String age(java.time.Period period) {
        long months = period.toTotalMonths();
        if (months > 0 && months % 12 == 0) {
            return months / 12 + " " + words.years()[form(months / 12)];
        }
        if (months > 0) {
            return months + " " + words.months()[form(months)];
        }
        return period.getDays() + (this == EN ? " days" : this == ES ? " días" : this == RU ? " дней" : " Tage");
    }

    /** Which of a unit's two forms a number takes: Russian's first for 1, 21, 31... (not 11), the others' for 1 alone. */
    private int form(long count) {
        boolean first = this == RU ? count % 10 == 1 && count % 100 != 11 : count == 1;
        return first ? 0 : 1;
    }
}
