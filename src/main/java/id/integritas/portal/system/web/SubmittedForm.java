package id.integritas.portal.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import id.integritas.portal.attachment.IncomingFile;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.TextRules;

/** A posted HTML form: its text fields by name, and the files chosen in it (empty file inputs skipped). */
public record SubmittedForm(Map<String, List<String>> fields, List<IncomingFile> files, boolean fileTooLarge) {

    public static final String TOKEN_FIELD = "_csrf";

    public static SubmittedForm from(MultipartFormDataInput input, long maxFileBytes) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<IncomingFile> files = new ArrayList<>();
        if (input == null) {
            return new SubmittedForm(fields, files, false);
        }
        boolean tooLarge = false;
        for (Map.Entry<String, Collection<FormValue>> e : input.getValues().entrySet()) {
            for (FormValue v : e.getValue()) {
                if (v.isFileItem()) {
                    try {
                        long size = v.getFileItem().getFileSize();
                        if (size == 0 && (v.getFileName() == null || v.getFileName().isEmpty())) {
                            continue;
                        }
                        if (size > maxFileBytes) {
                            tooLarge = true; // keep reading: the typed fields must survive the re-render
                            continue;
                        }
                        try (InputStream in = v.getFileItem().getInputStream()) {
                            files.add(new IncomingFile(v.getFileName(), in.readAllBytes()));
                        }
                    } catch (IOException ex) {
                        throw new ApiProblemException(400, "malformed-request");
                    }
                } else {
                    fields.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(v.getValue());
                }
            }
        }
        return new SubmittedForm(fields, files, tooLarge);
    }

    /** One {@link TextRules#CODE} error per text field whose value holds control characters or broken encoding. */
    public List<FieldError> textErrors() {
        List<FieldError> errors = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (!TextRules.clean(name) || values.stream().anyMatch(v -> !TextRules.clean(v))) {
                errors.add(new FieldError(TextRules.clean(name) ? name : "_form", TextRules.CODE));
            }
        });
        return errors;
    }

    public String token() {
        List<String> v = fields.get(TOKEN_FIELD);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public String field(String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
