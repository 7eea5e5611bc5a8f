package id.integritas.portal.system.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;

/** What a form shows: the values typed so far and, after a failed POST, one message per wrong field. */
@io.quarkus.qute.TemplateData
public final class FormState {

    @io.quarkus.qute.TemplateData
    public record Message(String field, String id, String text, String summary) {
    }

    private final Map<String, List<String>> values;
    private final Map<String, Message> errors = new LinkedHashMap<>();
    private String droppedFiles = "";

    private FormState(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormState empty() {
        return new FormState(Map.of());
    }

    public static FormState of(Map<String, List<String>> values) {
        return new FormState(values);
    }

    public static FormState failed(Map<String, List<String>> values, List<FieldError> errors, Texts t) {
        return failed(values, errors, t, Map.of());
    }

    /**
     * @param labelKeys message keys of the fields' labels, by field name with list indexes written {@code []}
     *        ({@code persons[].name}), so that the summary at the top says which field each message is about
     */
    public static FormState failed(Map<String, List<String>> values, List<FieldError> errors, Texts t,
            Map<String, String> labelKeys) {
        FormState state = new FormState(values);
        for (FieldError e : inPageOrder(errors, labelKeys)) {
            String text = ErrorMessages.text(e, t);
            String labelKey = labelKeys.get(normalised(e.field()));
            String summary = labelKey == null ? text : t.get(labelKey) + ": " + text;
            state.errors.putIfAbsent(e.field(), new Message(e.field(), id(e.field()), text, summary));
        }
        return state;
    }

    /**
     * The errors in the order their fields appear on the page (the order of {@code labelKeys}), as GOV.UK's error
     * summary lists them; a list row's fields stay together ({@code persons[0].name}, {@code persons[0].unit},
     * then {@code persons[1].name}). Form-wide errors come first, fields without a label last.
     */
    static List<FieldError> inPageOrder(List<FieldError> errors, Map<String, String> labelKeys) {
        List<String> order = new ArrayList<>(labelKeys.keySet());
        Comparator<FieldError> byPage = Comparator.comparingInt((FieldError e) -> {
            if ("_form".equals(e.field())) {
                return -1;
            }
            int bracket = e.field().indexOf('[');
            int at = bracket < 0 ? -1 : order.indexOf(e.field().substring(0, bracket)); // the list's own place
            if (at < 0) {
                at = order.indexOf(normalised(e.field()));
            }
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparingInt(e -> {
            Matcher m = ROW.matcher(e.field());
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }).thenComparingInt(e -> order.indexOf(normalised(e.field())));
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(byPage);
        return sorted;
    }

    private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

    private static String normalised(String field) {
        return field.replaceAll("\\[\\d+]", "[]");
    }

    /**
     * Files chosen in the failed POST: a browser never re-fills a file input, so the page says they were not sent
     * and must be chosen again.
     */
    public FormState withDroppedFiles(List<String> fileNames, Texts t) {
        this.droppedFiles = hasErrors() && !fileNames.isEmpty()
                ? t.format("form.filesDropped", String.join(", ", fileNames))
                : "";
        return this;
    }

    public boolean hasDroppedFiles() {
        return !droppedFiles.isEmpty();
    }

    public String droppedFiles() {
        return droppedFiles;
    }

    public String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    public boolean checked(String name, String option) {
        List<String> v = values.get(name);
        return v != null && v.contains(option);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public String error(String name) {
        Message m = errors.get(name);
        return m == null ? "" : m.text();
    }

    public List<Message> errorList() {
        return List.copyOf(errors.values());
    }

    /** An HTML id for a field name such as {@code persons[0].name}. */
    public static String id(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public String idOf(String name) {
        return id(name);
    }
}
