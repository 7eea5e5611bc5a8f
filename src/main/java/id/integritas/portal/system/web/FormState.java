package id.integritas.portal.system.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        for (FieldError e : errors) {
            String text = ErrorMessages.text(e, t);
            String labelKey = labelKeys.get(e.field().replaceAll("\\[\\d+]", "[]"));
            String summary = labelKey == null ? text : t.get(labelKey) + ": " + text;
            state.errors.putIfAbsent(e.field(), new Message(e.field(), id(e.field()), text, summary));
        }
        return state;
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

    public String valueOr(String name, String fallback) {
        String v = value(name);
        return v.isEmpty() ? fallback : v;
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
