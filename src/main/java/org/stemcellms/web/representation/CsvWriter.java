package org.stemcellms.web.representation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.stemcellms.web.query.Page;

/**
 * Writes a page of any collection as CSV (RFC 4180): a header row, then one row per item, nested records
 * flattened into dotted columns (price.min), lists joined with "; ". A text cell that a spreadsheet would
 * run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe; plain
 * numbers such as -5 are left as they are.
 *
 * <p>Not a MessageBodyWriter: RESTEasy Reactive (3.29) does not consult custom writers for a method that
 * returns RestResponse and produces several media types, and falls back to toString(). {@link Representation}
 * turns the page into CSV text instead, once the media type has been negotiated.
 */
final class CsvWriter {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private record Column(String name, List<RecordComponent> path) {
    }

    private CsvWriter() {
    }

    /** The page as CSV text; {@code genericType} (Page<CostView>) names the columns even when the page is empty. */
    static String write(Page<?> page, Type genericType) {
        Class<?> itemType = itemType(genericType, page);
        List<Column> columns = itemType == null || !itemType.isRecord() ? List.of() : columns(itemType, "", List.of());
        StringBuilder out = new StringBuilder();
        out.append(columns.stream().map(column -> cell(column.name())).collect(Collectors.joining(","))).append("\r\n");
        for (Object item : page.items()) {
            out.append(columns.stream().map(column -> cell(render(value(item, column.path())))).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static Class<?> itemType(Type genericType, Page<?> page) {
        if (genericType instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return page.items().isEmpty() ? null : page.items().get(0).getClass();
    }

    private static List<Column> columns(Class<?> record, String prefix, List<RecordComponent> parents) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            List<RecordComponent> path = new ArrayList<>(parents);
            path.add(component);
            if (component.getType().isRecord()) {
                columns.addAll(columns(component.getType(), prefix + component.getName() + ".", path));
            } else {
                columns.add(new Column(prefix + component.getName(), path));
            }
        }
        return columns;
    }

    private static Object value(Object item, List<RecordComponent> path) {
        Object value = item;
        for (RecordComponent component : path) {
            if (value == null) {
                return null;
            }
            try {
                value = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
        }
        return value;
    }

    /** A value as text: numbers plainly, lists joined with "; ", records as their values joined with " | ". */
    private static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(CsvWriter::render).collect(Collectors.joining("; "));
        }
        if (value instanceof java.util.Map<?, ?> entries) {
            // citations: "name: article | price: article; clinic-site"
            return entries.entrySet().stream().map(entry -> entry.getKey() + ": " + render(entry.getValue()))
                    .collect(Collectors.joining(" | "));
        }
        if (value.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String part = render(value(value, List.of(component)));
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return String.join(" | ", parts);
        }
        return Objects.toString(value);
    }

    /** RFC 4180 quoting, after neutralising what a spreadsheet would evaluate. */
    static String cell(String text) {
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches();
        String safe = formula ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
