package id.integritas.portal.system.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;

import id.integritas.portal.system.validation.FieldError;

/**
 * Binds flat HTML form fields ({@code reporter.name}, {@code persons[1].unit}) onto a request record, the same
 * record the JSON API takes, so both are validated by one set of rules. A value that cannot be converted (a
 * date that is not a date) becomes a field error instead of an exception; blank values become null, and list
 * rows left entirely blank are dropped.
 */
public final class FormBinder {

    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("^\\[(\\d{1,2})]\\.");

    private FormBinder() {
    }

    public record Result<T>(T value, List<FieldError> errors) {
    }

    public static <T extends Record> Result<T> bind(Class<T> type, Map<String, List<String>> fields) {
        List<FieldError> errors = new ArrayList<>();
        T value = bindRecord(type, "", fields, errors);
        return new Result<>(value, errors);
    }

    @SuppressWarnings("unchecked")
    private static <T> T bindRecord(Class<T> type, String prefix, Map<String, List<String>> fields, List<FieldError> errors) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String path = prefix + c.getName();
            args[i] = bindValue(c.getType(), c.getGenericType(), path, fields, errors);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object bindValue(Class<?> type, Type generic, String path, Map<String, List<String>> fields,
            List<FieldError> errors) {
        if (type.isRecord()) {
            return bindRecord(type, path + ".", fields, errors);
        }
        if (List.class.isAssignableFrom(type)) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            return bindList((Class<?>) element, path, fields, errors);
        }
        String raw = first(fields, path);
        if (type == boolean.class) {
            return raw != null && !"false".equalsIgnoreCase(raw);
        }
        if (raw == null) {
            return null;
        }
        if (type == BigDecimal.class) {
            // Every decimal on the forms is an amount of money: one reading of it everywhere.
            BigDecimal amount = Rupiah.parse(raw).orElse(null);
            if (amount == null) {
                errors.add(new FieldError(path, "money_format"));
            }
            return amount;
        }
        try {
            return convert(type, raw);
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            errors.add(new FieldError(path, type == LocalDate.class ? "date_format"
                    : type.isEnum() ? "unknown_option" : "number_format"));
            return null;
        }
    }

    private static List<Object> bindList(Class<?> element, String path, Map<String, List<String>> fields,
            List<FieldError> errors) {
        if (element == String.class) {
            return new ArrayList<>(fields.getOrDefault(path, List.of()).stream().filter(s -> !s.isBlank()).toList());
        }
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String key : fields.keySet()) {
            if (key.startsWith(path + "[")) {
                Matcher m = INDEX.matcher(key.substring(path.length()));
                if (m.find()) {
                    indexes.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        List<Object> rows = new ArrayList<>();
        for (int index : indexes) {
            String rowPrefix = path + "[" + index + "]";
            boolean blankRow = fields.entrySet().stream().filter(e -> e.getKey().startsWith(rowPrefix + "."))
                    .allMatch(e -> e.getValue().stream().allMatch(String::isBlank));
            if (!blankRow) {
                // Renumber so that field paths in errors match what the API would report for the same list.
                String apiPrefix = path + "[" + rows.size() + "]";
                Map<String, List<String>> renamed = new java.util.HashMap<>();
                fields.forEach((k, v) -> {
                    if (k.startsWith(rowPrefix + ".")) {
                        renamed.put(apiPrefix + k.substring(rowPrefix.length()), v);
                    }
                });
                rows.add(bindRecord(element, apiPrefix + ".", renamed, errors));
            }
        }
        return rows;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object convert(Class<?> type, String raw) {
        if (type == String.class) {
            return raw;
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(raw);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.valueOf(raw);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(raw);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, raw);
        }
        throw new IllegalArgumentException("unsupported form type " + type);
    }

    private static String first(Map<String, List<String>> fields, String path) {
        List<String> values = fields.get(path);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String v = values.get(0).strip();
        return v.isEmpty() ? null : v;
    }
}
