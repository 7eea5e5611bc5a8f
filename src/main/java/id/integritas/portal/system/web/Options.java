package id.integritas.portal.system.web;

import java.util.Arrays;
import java.util.List;

import id.integritas.portal.system.i18n.Texts;

/** Choices of a fixed enum, labelled in the reader's language ({@code prefix + NAME}). */
public final class Options {

    private Options() {
    }

    public static List<Option> of(Enum<?>[] values, Texts t, String prefix) {
        return Arrays.stream(values).map(v -> new Option(v.name(), t.get(prefix + v.name()))).toList();
    }
}
